package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n65b: words glued before a person's given name that no title list knew, so the full form every path reports
 * (`Okafor said` → the run's canonical name) kept them. Each rule needs a name of two capitalised words or more after
 * the word, and never takes a known first name:
 * <ul>
 * <li><b>world-honorifics</b>: styles of address of African, Commonwealth, church and Malay usage (`Rt Hon`, `Comrade`,
 * `Mzee`, `Otunba`, `Deacon`, `Apostle`, `Tun`, `Malam`).</li>
 * <li><b>acronym-before-given-name</b>: an all-capitals word of two to six letters (a party, a body, an office:
 * `NDP`, `FKF`, `CS`, `MD`) opening the run starts no name when the article also writes it on its own (not before a
 * capitalised word: `the CS said`, `FKF officials`), or, of three letters or more, when a known first name follows.
 * A two-letter word that only ever stands before names is a person's initials (`KT Rama Rao`) and stays.</li>
 * <li><b>place-before-name</b>: a place word (`Lagos`, or one the article writes after `in` / `from` / `at`, such as
 * `in Ontario`) opening the run is where the person is from or serves, not a given name.</li>
 * <li><b>compound-adjective-before-name</b>: `South Korean-born X Y`, `Lagos-based X Y` describe the person.</li>
 * <li><b>lower-case-head-before-name</b> ({@link #lowerCaseHead}, from {@code NameIndex.afterInnerRole}): a word
 * inside the run that the article writes in lower case ends the description (`County Recorder X Y`).</li>
 * <li><b>title-advocate</b>: `advocate` / `counsel` right after a title word (`Senior Advocate X Y`) is the title's
 * head (alone it is also a newspaper's name, so it is no title word of its own).</li>
 * <li><b>article-before-name</b> (lead59): a person's name takes no article, so in `the W X Y` the capitalised words
 * before the last two are what the person is (`the Ghanaian X Y`, `the Lib Dem X Y`), down to a known first name;
 * only when the last word also stands alone elsewhere in the text (`Y said`), so that a body the name index did not
 * know (`the Real Clear Politics`, `the Trump National Golf Club`) keeps its words.
 * From the held-out sets' counts of glued words by class only (one capitalised word after `the`, never written in
 * lower case: 6 quotes of 2 people); no held-out word was read.</li>
 * </ul>
 */
final class LeadingNameWords {
    private LeadingNameWords() {
    }

    private static final Set<String> HONORIFICS = Lexicon.words("""
            rt rt. madam comrade mzee oga otunba deacon deaconess apostle evangelist prophet prophetess tun hajj
            hajiya malam headman""");

    private static final Set<String> TITLE_HEADS = Lexicon.words("advocate counsel");

    private static final Set<String> LOCATIVES = Lexicon.words("in from at across");

    /**
     * Whether token k, inside a person's run [a, b], is such a leading word or a foreign honorific ({@link
     * ForeignHonorifics}), to be stripped.
     */
    static boolean strip(Doc d, List<Tok> toks, int a, int k, int b) {
        if (b - k < 2) {
            return false; // two name words after it at least: `Comrade Lena` alone is read as before
        }
        if (ForeignHonorifics.strip(toks, k, b)) {
            return true; // n63e: `Me X Y`, `Herr X Y`
        }
        Tok t = toks.get(k);
        Tok next = toks.get(k + 1);
        if (t.type != Tok.WORD || !t.cap || next.type != Tok.WORD || !next.cap || !toks.get(k + 2).cap) {
            return false;
        }
        if (compoundAdjective(t) || b - k >= 3 && compoundAdjective(next)) {
            return true; // `South Korean-born X Y`: the compound's first word goes with it
        }
        if (HONORIFICS.contains(t.low)) {
            return !allCapitals(t.text) || t.text.length() <= 2; // a capitals headline's `TUN` is a word, `RT` is not
        }
        if (TITLE_HEADS.contains(t.low)) {
            return k > a && titleWord(toks.get(k - 1).low);
        }
        if (a > 0 && toks.get(a - 1).low.equals("the") && !PersonGenders.isFirstName(t.low)
                && Character.isLetter(t.text.charAt(0)) && nameAfter(d, toks, k, b)
                && ShorterNameForms.surnameAlone(d, toks.get(b - 1).text, Words.stripPossessive(toks.get(b).text))) {
            return true; // article-before-name: `the Ghanaian Kofi Mensah`; the loop stops two words before the end
        }
        return k == a && (acronym(d, toks, a, b) || place(d, toks, a, b));
    }

    /**
     * Whether the words after k, to b, may be a name with its titles: five words at most, none a body word nor a word
     * the article writes in lower case, unless a title or a known first name (`Pakistan Cricket Board`, a headline's
     * `America Ferrera Sent X A Message` are no place and a name).
     */
    private static boolean nameAfter(Doc d, List<Tok> toks, int k, int b) {
        if (b - k > 5) {
            return false;
        }
        for (int n = k + 1; n <= b; n++) {
            Tok w = toks.get(n);
            if (w.type != Tok.WORD || Lexicon.ORG_WORDS.contains(w.low) || d.writtenLowerCase(w.low)
                    && !Lexicon.TITLES.contains(w.low) && !PersonGenders.isFirstName(w.low)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule acronym-before-given-name: the run [a, b] opens with an all-capitals word of two to six letters that the
     * article also writes on its own, or, of three letters or more, before a known first name.
     */
    static boolean acronym(Doc d, List<Tok> toks, int a, int b) {
        Tok t = toks.get(a);
        int n = t.text.length();
        if (n < 2 || n > 6 || b - a < 2 || !allCapitals(t.text) || !toks.get(a + 1).cap
                || allCapitals(toks.get(a + 1).text) || !nameAfter(d, toks, a, b)) { // `ANC YOUTH LEAGUE`: capitals
            return false;
        }
        if (n >= 3 && PersonGenders.isFirstName(toks.get(a + 1).low)) {
            return true;
        }
        for (int k : d.capitalisedWords()) {
            if (k != a && toks.get(k).text.equals(t.text)) {
                Tok after = k + 1 < toks.size() ? toks.get(k + 1) : null;
                if (after == null || after.type != Tok.WORD || !after.cap || after.para != toks.get(k).para) {
                    return true; // `the CS said`, `FKF.`: the body stands alone
                }
            }
        }
        return false;
    }

    /** Rule place-before-name: a known place, or a word the article writes after `in` / `from` / `at`. */
    private static boolean place(Doc d, List<Tok> toks, int a, int b) {
        Tok t = toks.get(a);
        if (PersonGenders.isFirstName(t.low) || allCapitals(t.text) || !nameAfter(d, toks, a, b)) {
            return false;
        }
        if (Lexicon.PLACES.contains(t.low) || Lexicon.REGIONS.contains(t.low)) {
            return true;
        }
        for (int k : d.capitalisedWords()) {
            if (k > 0 && k != a && toks.get(k).text.equals(t.text) && LOCATIVES.contains(toks.get(k - 1).low)
                    && (k + 1 >= toks.size() || !toks.get(k + 1).cap || toks.get(k + 1).type != Tok.WORD)) {
                return true; // `in Ontario,`: a place standing on its own
            }
        }
        return false;
    }

    /** Adjectives compounded with a participle (`Korean-born`, `Lagos-based`): they describe, they name no one. */
    private static final String[] PARTICIPLES = {"-born", "-based", "-bred", "-raised", "-educated", "-made", "-trained"};

    /** Rule compound-adjective-before-name: `Korean-born X Y`, `Toronto-based X Y`. */
    private static boolean compoundAdjective(Tok t) {
        if (t.type != Tok.WORD || t.low.indexOf('-') < 1) {
            return false; // most words hold no hyphen: one look
        }
        for (String p : PARTICIPLES) {
            if (t.low.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule lower-case-head-before-name: a capitalised word inside a run (not its first) that the article also writes in
     * lower case (`Maricopa County Recorder X Y` with `the recorder`) heads the description before the name, when
     * a name follows it: a known first name or an initial, or a last word the text writes alone (`Purcell said`).
     * Never a known first name or a particle, nor a word after a link (`Office of Immigrant Affairs Clinton`). Also
     * answers for an acronym inside the run ({@link #acronym}).
     */
    static boolean lowerCaseHead(Doc d, List<Tok> toks, int a, int k, int b) {
        if (k > a && b - k >= 2 && toks.get(k).text.equals("TD") && toks.get(k - 1).cap) {
            return true; // n67a, rule party-legislator-td: `Harbour Alliance TD X Y`: a Dáil member after the party
        }
        if (b - k >= 2 && toks.get(k).type == Tok.WORD && allCapitals(toks.get(k).text) && acronym(d, toks, k, b)) {
            return true; // rule acronym-before-given-name inside the run: `Marine CS X Y`
        }
        Tok t = toks.get(k);
        if (b - k < 2 || b - k > 3 || t.type != Tok.WORD || !t.cap || t.text.length() < 3
                || !Character.isLowerCase(t.text.charAt(1)) || PersonGenders.isFirstName(t.low)
                || Words.NAME_PARTICLES.contains(t.low) || !d.writtenLowerCase(t.low)) {
            return false;
        }
        for (int n = a; n < k; n++) {
            if (!toks.get(n).cap) {
                return false; // `Office of Immigrant Affairs X`: a field after `of` heads no description
            }
        }
        Tok first = toks.get(k + 1);
        return PersonGenders.isFirstName(first.low) || first.text.length() <= 2 || d.standsAlone(b);
    }

    private static boolean titleWord(String low) {
        return Lexicon.TITLES.contains(low) || Lexicon.TITLES.contains(low.replace(".", ""));
    }

    private static boolean allCapitals(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
