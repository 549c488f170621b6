package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n63e, rule pronoun-not-named-place: a capitalised run the name index took for a person's that the text
 * writes as a place is no antecedent for `he` or `she`. Copy from South Asia, Africa and Europe names the
 * neighbourhood, village or building of a story right before its quotes (`a family in Rampur Colony`, `the morgue at
 * Kesar Goth`, `the jewels of the Amber Vault`), and the resolver gave the next `he` to it. Three signs, none of which
 * a person's name shows:
 * <ul>
 * <li>its last word is a gazetteer head that is no surname (`Colony`, `Nagar`, `Goth`, `Village`, `District`,
 * `Museum`);</li>
 * <li>its last word is a gazetteer head that is also a surname (`Park`, `Town`, `Hill`, `Lake`) and its first word is
 * no first name and the text gives it no gender (`Linden Park`, not `Grace Park`);</li>
 * <li>it stands right after `in` or `near`, or after a known city's possessive (`Mumbai's Foo`), and the text gives
 * it no gender and its first word is no first name.</li>
 * </ul>
 * Organisations named after places (`the Park Service`, `Museum of Modern Art`) are organisations in the index
 * already and never reach this test; only person readings do.
 */
final class PlaceMentions {
    /** Heads of settlements, districts and buildings that are nobody's surname. */
    private static final Set<String> PLACE_HEADS = Lexicon.words("""
            colony nagar goth village district province vault museum township bazaar market mohalla tehsil taluka
            prefecture governorate oblast suburb neighbourhood neighborhood quarter barangay kampung precinct""");

    /** Heads of places that are also surnames (`Grace Park`, `Ricki Lake`): a place only without a person's signs. */
    private static final Set<String> SURNAME_HEADS = Lexicon.words("""
            park town hill hills lake island valley gardens estate heights bridge""");

    private PlaceMentions() {
    }

    /** Whether the name (a person's reading) ends in a place's head: `Kesar Goth`, `Linden Park`, not `Grace Park`. */
    static boolean placeName(String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        if (sp <= 0) {
            return false;
        }
        return placeName(name, sp, Lexicon.lower(name.substring(sp + 1)));
    }

    /** {@link #placeName(String)} with the last space and the last word in lower case, which the caller has already. */
    static boolean placeName(String name, int sp, String last) {
        if (sp <= 0) {
            return false;
        }
        return PLACE_HEADS.contains(last) || SURNAME_HEADS.contains(last)
                && !PersonGenders.isFirstName(Lexicon.lower(name.substring(0, name.indexOf(' '))));
    }

    /**
     * Whether the name at token {@code tok} is written as a place (`in Foo`, `near Foo`, `Mumbai's Foo`): only a name
     * with no first name and no gender in the text, not the surname of a person named in full, not an owner.
     */
    static boolean writtenAsPlace(Doc d, int tok, String name) {
        // the word before first: it rejects nearly every name without the first-name and gender look-ups
        if (tok <= 0 || !afterPlaceWord(d.toks.get(tok - 1))
                || name.indexOf(' ') > 0 && PersonGenders.isFirstName(Lexicon.lower(name.substring(0, name.indexOf(' '))))
                || PersonGenders.isFirstName(Lexicon.lower(name)) || d.genders.of(name) != null) {
            return false;
        }
        return !possessive(d, tok)
                && !d.names.lastNameToFull.containsKey(name); // `faith in Hale`, Hale named in full before: a person
    }

    /** `in Foo`, `near Foo`, `Mumbai's Foo`. */
    private static boolean afterPlaceWord(Tok before) {
        if (before.low.equals("in") || before.low.equals("near")) {
            return true;
        }
        String owner = Words.stripPossessive(before.text);
        return !owner.equals(before.text) && (WorldPlaces.is(owner) || Lexicon.PLACES.contains(Lexicon.lower(owner)));
    }

    /** `in Hale's view`: the run is an owner, which places are rarely and people often are. */
    private static boolean possessive(Doc d, int tok) {
        for (int k = tok; k < d.toks.size() && d.toks.get(k).cap; k++) {
            if (!Words.stripPossessive(d.toks.get(k).text).equals(d.toks.get(k).text)) {
                return true;
            }
        }
        return false;
    }
}
