package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule pronoun-number-and-kind (session names45): `he` and `she` stand for one person, so a name the mention index
 * took for a person is no antecedent of theirs when it is a people's plural (`The enthusiasm of Nigerians is high.
 * ... He said`, `Kenyans`, `Filipinos`) or a place the text names as one (`the village of Alto Verde`, `Alto Verde
 * County`): the pronoun goes to the next candidate, as it does past an organisation.
 */
final class PronounAgreement {

    private PronounAgreement() {
    }

    /** Nouns that introduce a place by name: `the village of Alto Verde`, `the district of Kisumu`. */
    private static final Set<String> PLACE_NOUNS = Lexicon.words("""
            village town city district county province region state municipality island suburb township community
            settlement capital port enclave governorate prefecture ward""");

    /**
     * True when the last speaker {@code prev} cannot be what a `he`/`she` at [ms, me) stands for: a word naming nobody,
     * a people or a place (`Nigerians`), a name the text writes as a body (n72b: `insurer X`), a body's short name, a
     * reporting outlet, or the one who asked when the pronoun answers (`she replied`).
     */
    static boolean noPersonAntecedent(Doc d, Speaker prev, int ms, int me) {
        String name = prev.name();
        return NonNameWords.namesNobody(name) || noOnePerson(d, name)
                || prev.kind() == SpeakerKind.PERSON && (BodyEvidenceNames.body(d, name)
                || BodyEvidenceNames.outletTitle(d, name)) // n74a: `Harbour Daily`
                || BodyAntecedents.shortNameOfBody(d, name, ms) || BodyAntecedents.reportingOutlet(d, prev)
                || AnswerAntecedents.askerOfAnswer(d, prev, me);
    }

    /** True when {@code name} cannot be what `he`/`she` stands for: a plural of a people or a place of the text. */
    static boolean noOnePerson(Doc d, String name) {
        return name != null && (peoplePlural(name) || namedAsPlace(d, name) || placeAfterPreposition(d, name));
    }

    /** Prepositions before a place: `cast a ballot in Sofia`, `campaigning in Georgia`, `flew in from Jordan`. */
    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("in at from");

    /**
     * Rule pronoun-not-place (session names47): a one-word name the text puts only right after `in`, `at` or `from`
     * (never as a subject, a possessive or the start of a longer name) is where something happens, not a person, even
     * when the word is also a first name (`Sofia`, `Georgia`, `Chelsea`, `Florence`, `Jordan`), unless the text gives
     * a person that last name in full. One pass a text.
     */
    static boolean placeAfterPreposition(Doc d, String name) {
        if (name.indexOf(' ') >= 0) {
            return false; // a name of several words is no such place: the pass waits for a one-word name
        }
        if (d.prepositionPlaces == null) {
            Set<String> after = new HashSet<>();
            List<Tok> toks = d.toks;
            for (int k : d.capitalisedWords()) { // placeAt asks for a capitalised word
                if (placeAt(toks, k)) {
                    after.add(toks.get(k).text);
                }
            }
            long firsts = 0; // the first letters of the places: most capitalised words share none, and are passed over
            for (String place : after) {
                firsts |= 1L << (place.charAt(0) & 63);
            }
            int[] caps = d.capitalisedWords();
            for (int c = 0; !after.isEmpty() && c < caps.length; c++) {
                int k = caps[c];
                Tok w = toks.get(k); // capitalised
                if ((firsts & 1L << (w.text.charAt(0) & 63)) != 0 && !placeAt(toks, k)) {
                    after.remove(Words.stripPossessive(w.text)); // `Sofia said`, `Sofia's`: a person too
                }
            }
            d.prepositionPlaces = after;
        }
        return d.prepositionPlaces.contains(name) && !d.names.lastNameToFull.containsKey(name);
    }

    /** A capitalised word at k right after `in`/`at`/`from` and not opening a longer name. */
    private static boolean placeAt(List<Tok> toks, int k) {
        Tok w = toks.get(k);
        // the tokens' flags before the preposition's look-up
        return k >= 1 && k + 1 < toks.size() && w.cap && w.type == Tok.WORD && !toks.get(k - 1).cap
                && !(toks.get(k + 1).cap && toks.get(k + 1).type == Tok.WORD)
                && PLACE_PREPOSITIONS.contains(toks.get(k - 1).low);
    }

    /**
     * One capitalised word naming a people in the plural: `-ians`, `-eans`, `-ans` of seven letters or more
     * (`Nigerians`, `Koreans`, `Kenyans`; a surname such as `Evans` is shorter), `-inos` (`Filipinos`).
     */
    static boolean peoplePlural(String name) {
        if (name.indexOf(' ') >= 0 || name.length() < 7 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        return name.endsWith("ans") || name.endsWith("inos");
    }

    /** The text names {@code name} after a place noun and `of` (`the village of Alto Verde`); one pass a text. */
    static boolean namedAsPlace(Doc d, String name) {
        if (d.placeNames == null) {
            d.placeNames = new HashSet<>();
            List<Tok> toks = d.toks;
            for (int next : d.capitalisedWords()) {
                int k = next - 1; // the word before a capitalised one: most tokens are never read
                if (k >= 1 && toks.get(k).low.equals("of")
                        && PLACE_NOUNS.contains(toks.get(k - 1).low)) {
                    int e = k + 1;
                    while (e + 1 < toks.size() && toks.get(e + 1).cap && toks.get(e + 1).type == Tok.WORD
                            && toks.get(e + 1).s == toks.get(e).e + 1) {
                        e++;
                    }
                    d.placeNames.add(d.s.substring(toks.get(k + 1).s, toks.get(e).e));
                }
            }
        }
        return !d.placeNames.isEmpty() && d.placeNames.contains(name);
    }
}
