package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule non-name-word (session names27): a resolved "name" of one lower-case word that no noun phrase can end in is
 * what a subject rule took for the speaker where the true subject was elsewhere or absent: an adverb between the
 * subject and its verb (`X so far hasn't`, `who soon wanted`, `as you rightly noted`), an auxiliary or a
 * pronoun (`have both urged`, `them`), an article (`reads a Wednesday editorial`), a participle (`He has resisted
 * calls`, `..., citing fears`, `the experts I interviewed said`). The extractor reports such a statement without a
 * name rather than with the word: no name is better than a wrong one.
 */
final class NonNameWords {

    /** Closed-class and adjective words that never stand alone for a speaker. */
    private static final Set<String> WORDS = Lexicon.words("""
            very soon far almost likely nearly indeed sometimes somehow seldom ever never otherwise twice together
            shortly particularly hard well quick strong loud happy poor rowdy snarky final annual recent latest old
            best easier outright nowhere amid ago around either none new more most much least fewer few same other
            been be being were was is are am have has had do does did said says get seem cannot please
            a an the he she they them him her it its his their we us i you me""");

    /** Words ending like participles that do stand for people (`the accused said`, `the undecided say`). */
    private static final Set<String> PEOPLE_PARTICIPLES = Lexicon.words("""
            accused deceased undecided wounded injured unemployed insured uninsured retired disabled displaced
            bereaved unvaccinated vaccinated""");

    /** Nouns ending in `-ing` that may report or be reported on (`another ranking says`, `the ruling found`). */
    private static final Set<String> ING_NOUNS = Lexicon.words("""
            thing king ring wing spring string sibling ruling meeting briefing filing hearing polling reading finding
            recording ranking building funding spending warning offering listing posting""");

    /**
     * Adjectives that take the phrase after them (`close to`, `familiar with`, `privy to`, `involved in`): the last
     * word of a name cut before that phrase (`a source close`, `one Democrat familiar`), never of a name.
     */
    private static final Set<String> CUT_ADJECTIVES = Lexicon.words("close familiar privy involved knowledgeable");

    private NonNameWords() {
    }

    /**
     * Rule cut-adjective (session names27): `source close` → `source`, `Democrat familiar` → `Democrat`, `multiple
     * sources privy` → `multiple sources`: the described source without the adjective its phrase was cut from;
     * the name as it is otherwise.
     */
    static String withoutCutAdjective(String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        return sp > 0 && CUT_ADJECTIVES.contains(name.substring(sp + 1)) ? name.substring(0, sp).strip() : name;
    }

    /** Auxiliaries a subject rule swept into a name after its head (`Port officials have, indeed, ...`). */
    private static final Set<String> TRAILING_AUXILIARIES = Lexicon.words("have has had are is was were be been cannot");

    /**
     * Rule trailing-auxiliary (session names27): `international critics have` → `international critics`, `Police
     * had` → `Police`, `Gov. Rick Scott have` → `Gov. Rick Scott`: the name without the auxiliaries after it; null
     * when only a word that names nobody is left (`sometimes been`, `now been`, `It's been`); else the name as it is.
     */
    static String withoutTrailingAuxiliary(String name) {
        if (name == null) {
            return null;
        }
        String n = name;
        for (int sp = n.lastIndexOf(' '); sp > 0 && TRAILING_AUXILIARIES.contains(n.substring(sp + 1));
             sp = n.lastIndexOf(' ')) {
            n = n.substring(0, sp).strip();
        }
        return n == name ? name : leftover(n) ? null : n;
    }

    /** What a stripped name may be reduced to that names nobody: `sometimes`, `now`, `informally`, `It's`. */
    private static boolean leftover(String n) {
        if (n.indexOf(' ') >= 0) {
            return false;
        }
        String low = Lexicon.lower(n);
        return isNonName(n) || SpeakerNames.isFunctionWord(n) || Words.contractedPronoun(low) != null
                || n.equals(low) && low.endsWith("ly") && low.length() > 4;
    }

    /** True for `soon`, `were`, `them`, `a`, `resisted`, `citing`; false for `critics`, `spokesman`, `Ann Holt`. */
    static boolean isNonName(String name) {
        if (name == null || name.isEmpty() || name.indexOf(' ') >= 0 || !Character.isLowerCase(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLowerCase(name.charAt(i))) {
                return false; // `nycsouthpaw`-like handles keep their letters; `comScore`, `al-Shabaab` are names
            }
        }
        if (WORDS.contains(name)) {
            return true;
        }
        return name.length() > 4 && (name.endsWith("ed") && !PEOPLE_PARTICIPLES.contains(name)
                || name.endsWith("ing") && !ING_NOUNS.contains(name));
    }

    /**
     * Session names29, rule junk-not-last-speaker: a last speaker that the output reports with no name (`While`,
     * `Since`, `Then`, `soon`: a clause word taken for a subject) is no antecedent for a later `he` or `she`: `While
     * praising the mayor, he kept up his attack` gave the `he` the name `While`, which then went out as none. The
     * pronoun looks further (its sentence's subject, the sentence before's, the person named last). Not for `they`:
     * there the speaker before the junk one was as often a stray phrase (`Exit polling`).
     */
    static boolean namesNobody(String name) {
        return SpeakerNames.isFunctionWord(name) || isNonName(name) || SpeakerShape.cannotSpeak(name); // n52a
    }
}
