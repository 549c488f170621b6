package io.statements.extraction.core;

import java.util.Arrays;
import java.util.Set;

/**
 * Rule speaker-shape (session n52a): whether a resolved "name" has the shape of something that can speak. A speaker
 * is a name or a noun phrase with a head noun; a rule that took the wrong words for the subject hands on instead a
 * sum of money or a number (`Rs 500`, `2,000`), a preposition, an adverb or a heading word alone (`With`, `Update`,
 * `Unexpectedly`), a clause fragment with a verb or a pronoun in it (`The Fund issued a statment`, `been members`,
 * `Then he first`), a phrase ending in an adjective or a participle with no noun after it (`brief written`, `Norway's
 * top`, `Jailed Peruvian` before the noun it describes), a storm or a prize (`Cyclone Amara`, `Sorrel Prize`)
 * or an event or a period (`the six-month handover`, `the flood`). None of these speaks: the extractor reports
 * the statement without a name (no speaker is better than a junk one) and no pronoun takes it for its antecedent. General word classes only: a one-word name, a lower-case particle
 * (`al-`, `van`, `de`), an organisation named by ordinary words (`Kestrel`, `Border Rights Watch`), an acronym or a
 * number inside a name (`G12`, `Route 9 Association`) keep their names.
 */
final class SpeakerShape {

    /** Words that count with a number: multipliers, percentages and currencies (by code, sign or name). */
    private static final Set<String> NUMBER_WORDS = Lexicon.words("""
            hundred thousand million billion trillion lakh lakhs crore crores percent per cent pc dozen dozens
            rs inr usd eur gbp us$ $ £ € ¥ yen rupee rupees dollar dollars euro euros pound pounds naira rand shillings
            out of the a an some about around nearly almost over under up to than""");

    private static final Set<String> MULTIPLIERS = Lexicon.words("hundred thousand million billion trillion lakh crore");

    /** One-word "names" that open a paragraph or a clause and never speak: headings, adverbs of stance. */
    private static final Set<String> HEADING_WORDS = Lexicon.words("""
            update updated updates breaking exclusive advertisement related watch listen caption photo image video
            footage along besides meanwhile moreover furthermore nevertheless nonetheless likewise just only still
            also even already perhaps maybe""");

    /** Verb forms that never stand inside a speaker's name (`do` is Portuguese `do`, `am` German `am`: left). */
    private static final Set<String> VERB_FORMS = Lexicon.words("""
            is are was were been being has have had does did will would can could shall should might must""");

    /** Pronouns that never stand inside a speaker's name (`i` may be an Italian article: left). */
    private static final Set<String> PRONOUNS = Lexicon.words("he she it they we you");

    /** Prepositions besides {@link Lexicon#PREPOSITIONS}: `a source inside the hospital`, `an officer outside the court`. */
    private static final Set<String> MORE_PREPOSITIONS = Lexicon.words("""
            as inside outside within across behind beyond around throughout toward towards upon onto through along beside
            below above underneath amid amidst without except including unlike despite following regarding concerning""");

    /** Lower-case particles of names that look like prepositions (`de`, `van`, `al`): never a phrase's preposition. */
    private static final Set<String> PARTICLES = Lexicon.words("""
            de da di du del della dos das van von der den ter ten al el la le bin ibn ben bint zu af av y""");

    /** Irregular participles: a phrase's last word only when a noun after them was cut off. */
    private static final Set<String> PARTICIPLES = Lexicon.words("""
            written spoken given taken known shown seen done made born held told sold built brought thought caught found
            sent kept paid won lost shot hit begun drawn driven fallen grown hidden risen stolen sworn thrown chosen
            broken beaten""");

    /** Adjectives that end a phrase only when the noun after them was cut off (`Norway's top`). */
    private static final Set<String> ADJECTIVE_ENDS = Lexicon.words("top only alone able unable ready unlikely due whole own main such");

    /** Storms and prizes: a capitalised thing, never a speaker (the committee that gives a prize is). */
    private static final Set<String> THING_FIRST = Lexicon.words("cyclone hurricane typhoon tropical");
    private static final Set<String> THING_LAST = Lexicon.words("""
            prize prizes award awards medal medals trophy cup olympics championship championships tournament""");

    /** Lower-case heads that are an event, a period or a natural event: what happened, never who spoke. */
    private static final Set<String> EVENT_HEADS = Lexicon.words("""
            day days week weeks month months year years anniversary time period era hour hours night morning weekend
            season handover transition attack attacks war vote victory breakthrough ovation tsunami earthquake quake
            virus toll shooting crash blast explosion fire floods flood tremors election match ceremony
            accomplishments accomplishment search slogans death deaths""");

    /** Participles that do stand for people before a people's word (`the accused`, `the wounded`). */
    private static final Set<String> PEOPLE_PARTICIPLES = Lexicon.words("""
            accused deceased undecided wounded injured unemployed insured uninsured retired disabled displaced
            bereaved unvaccinated vaccinated elected detained jailed""");

    private SpeakerShape() {
    }

    /** True when the name has the shape of something that cannot speak (see the class comment); false for null. */
    static boolean cannotSpeak(String name) {
        return name != null && !name.isBlank() && shaped(name.strip());
    }

    /** One word and a name of capitalised words (most names) are checked without splitting; the rest word by word. */
    private static boolean shaped(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0) { // one word: `officials`
            String low = Lexicon.lower(trim(s));
            return isNumeral(low) || MULTIPLIERS.contains(low) || oneWord(low, s)
                    || !s.isEmpty() && !Character.isUpperCase(s.codePointAt(0)) && EVENT_HEADS.contains(low);
        }
        if (capitalisedWords(s)) { // `Ann Holt`, `Border Rights Watch`: most names, checked without splitting
            int sp = s.indexOf(' '), last = s.lastIndexOf(' ');
            return THING_FIRST.contains(Lexicon.lower(s.substring(0, sp)))
                    || THING_LAST.contains(Lexicon.lower(s.substring(last + 1)))
                    || sp == last && sp > 4 && s.regionMatches(true, sp - 2, "ed", 0, 2)
                    && Demonyms.adjective(Lexicon.lower(s.substring(sp + 1))); // `Jailed Peruvian`
        }
        String[] words = SpeakerNames.words(s);
        String[] low = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            low[i] = Lexicon.lower(trim(words[i]));
        }
        return number(words, low) || words.length == 1 && oneWord(low[0], words[0])
                || fragment(words, low) || noHead(words, low) || thing(words, low);
    }

    /** Two words or more between single spaces, each opening with a capital letter, no digit nor currency sign. */
    private static boolean capitalisedWords(String s) {
        if (s.indexOf(' ') < 0 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || "$£€¥\t\n\r".indexOf(c) >= 0
                    || c == ' ' && (i + 1 == s.length() || !Character.isUpperCase(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** `Rs 500`, `2,000`, `90`, `out of 10`, `billion`: numbers, currencies and the words around them only. */
    private static boolean number(String[] words, String[] low) {
        boolean numeral = false;
        for (int i = 0; i < words.length; i++) {
            if (isNumeral(low[i])) {
                numeral = true;
            } else if (!NUMBER_WORDS.contains(low[i]) && !low[i].isEmpty()) {
                return false;
            }
        }
        return numeral || words.length == 1 && MULTIPLIERS.contains(low[0]);
    }

    /** `500`, `1,000`, `2.1`, `90s`, `10th`; not `G12`, `4x4`, `K330`. */
    private static boolean isNumeral(String w) {
        int digits = 0, k = !w.isEmpty() && "$£€¥".indexOf(w.charAt(0)) >= 0 ? 1 : 0;
        while (k < w.length() && (Character.isDigit(w.charAt(k)) || w.charAt(k) == ',' || w.charAt(k) == '.')) {
            digits += Character.isDigit(w.charAt(k)) ? 1 : 0;
            k++;
        }
        String rest = w.substring(k);
        return digits > 0 && (rest.isEmpty() || rest.equals("s") || rest.equals("st") || rest.equals("nd")
                || rest.equals("rd") || rest.equals("th"));
    }

    /** `With`, `Update`, `Unexpectedly`, `He`: a preposition, a heading word, an adverb or a pronoun alone (not `IT`). */
    private static boolean oneWord(String w, String raw) {
        return preposition(w) || HEADING_WORDS.contains(w) || PRONOUNS.contains(w) && !raw.startsWith("IT") // `He`
                || w.length() > 7 && (w.endsWith("edly") || w.endsWith("ously") || w.endsWith("ically")
                || w.endsWith("ingly") || w.endsWith("fully"));
    }

    /** A verb form or a pronoun in lower case, a phrase opening with a preposition, `made a` inside. */
    private static boolean fragment(String[] words, String[] low) {
        if (words.length < 2) {
            return false;
        }
        if (lower(words[0]) && (Lexicon.PREPOSITIONS.contains(low[0]) || low[0].equals("including")
                || low[0].equals("despite")) && !PARTICLES.contains(low[0])) {
            return true; // `to ferries built locally findings`; `inside source`, `outside analysts` are people
        }
        for (int i = 0; i < words.length; i++) {
            if (!lower(words[i])) {
                continue;
            }
            if (VERB_FORMS.contains(low[i]) || PRONOUNS.contains(low[i])) {
                return true; // `been members`, `Also he first American`
            }
            if (i > 0 && (low[i].equals("a") || low[i].equals("an") || low[i].equals("the")) && lower(words[i - 1])
                    && !preposition(low[i - 1]) && !PARTICLES.contains(low[i - 1])
                    && !low[i - 1].equals("and") && !low[i - 1].equals("or")) {
                return true; // `The Fund issued a statment`: a verb before the article
            }
        }
        return false;
    }

    /**
     * `brief written`, `Norway's top`: a last word in lower case that heads no noun phrase; `Jailed Peruvian`:
     * a participle and a nationality word, the noun they describe cut off.
     */
    private static boolean noHead(String[] words, String[] low) {
        int n = words.length;
        if (n < 2) {
            return false;
        }
        String last = low[n - 1];
        if (lower(words[n - 1]) && ADJECTIVE_ENDS.contains(last)) {
            return true;
        }
        // `brief written`, `Okafor's repeated`; not `people I interviewed`, `chairs the Herald interviewed` (a
        // relative clause with its subject), `those surveyed`, `relatives of those affected` (people)
        String before = words[n - 2];
        boolean cut = lower(before) && !Lexicon.SUBJECT_PRONOUNS.contains(low[n - 2]) || !Words.stripPossessive(before).equals(before);
        if (lower(words[n - 1]) && cut && !Arrays.asList(low).contains("those") && (PARTICIPLES.contains(last)
                || last.length() > 4 && last.endsWith("ed") && !last.endsWith("eed") && !PEOPLE_PARTICIPLES.contains(last))) {
            return true;
        }
        return n == 2 && !lower(words[0]) && low[0].length() > 4 && low[0].endsWith("ed")
                && Demonyms.adjective(low[1]);
    }

    /** `Cyclone Amara`, `Sorrel Prize`; `the six-month handover`, `the flood`, `An emergency congress` is left. */
    private static boolean thing(String[] words, String[] low) {
        int n = words.length;
        if (n >= 2 && !lower(words[0]) && THING_FIRST.contains(low[0])) {
            return true;
        }
        if (!lower(words[n - 1])) {
            return n >= 2 && THING_LAST.contains(low[n - 1]);
        }
        int head = n - 1; // `Survivors of the floods`: the head stands before `of`
        for (int i = 1; i < n - 1; i++) {
            if (words[i].equals("of")) {
                head = i - 1;
                break;
            }
        }
        return EVENT_HEADS.contains(low[head]);
    }

    private static boolean preposition(String low) {
        return Lexicon.PREPOSITIONS.contains(low) || MORE_PREPOSITIONS.contains(low);
    }

    private static boolean lower(String w) {
        return !w.isEmpty() && !Character.isUpperCase(w.codePointAt(0));
    }

    /** The word without punctuation around it (`"Update:"` → `Update`); a currency sign alone is kept. */
    private static String trim(String w) {
        int a = 0, b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a)) && "$£€¥".indexOf(w.charAt(a)) < 0) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }
}
