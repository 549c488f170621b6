package io.statements.extraction.core;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Session n73c: where a speaker's name starts and ends, for words news glues to a name that belong to the clause or
 * the office around it:
 * <ul>
 * <li><b>participle-after-name</b> ({@link #beforeParticiple}): `said Ann Roe speaking at the launch`, `said Roe
 * addressing the crowd`: a lower-case participle right after the name opens a clause that describes the speaker
 * (the subject reader ran on into it); no name goes on with one, nor a body's name.</li>
 * <li><b>accent-variant-title</b> ({@link #title}): a title word written with its accents moved or dropped (copy
 * that types Irish, French or Spanish offices by hand) is the same title, so it is no part of the name after it.</li>
 * <li><b>second-office-link</b> ({@link #officeLink}): `Minister of State for Tourism Ann Roe`: the field after a
 * second `for` or `of` in an office is the office's, not the name's first word.</li>
 * <li><b>coordinated-field-before-name</b> ({@link #afterCoordinatedField}): `the Department of Arts &
 * Heritage Ann Roe`: the word after `&` or `and` ends the department's name, not opens the person's.</li>
 * <li><b>plural-people-tail</b> ({@link #pluralPeopleTail}): `for Skylark Captains who ...`: a run ending in a
 * plural noun for people names a group, no person whose first word a later `Skylark said` could be.</li>
 * <li><b>live-page-label</b> ({@link #rubric}): `Latest: X accuse Y of ...`: a rubric before a headline's colon is
 * no transcript speaker.</li>
 * </ul>
 */
final class NameEdges {
    private NameEdges() {
    }

    /**
     * Nouns in `-ing` that head a mention after a capitalised modifier (`the Senate hearing said`, `a Monday
     * briefing`): the participle rule leaves them.
     */
    private static final Set<String> ING_NOUNS = Lexicon.words("""
            meeting briefing hearing ruling building wedding morning evening funding spending training ceiling
            offering filing recording reading listing warning finding sitting opening ending booking landing
            rating ranking painting clothing housing shooting bombing uprising gathering setting standing polling
            voting""");

    /**
     * The end of the mention [a, b] before a lower-case participle right after its opening run of capitalised words
     * (participle-after-name: `Varga speaking beside her husband`, `Ann Roe speaking`); b when none. Only after a
     * person the article names (the run's last word a known surname), not in a determiner-led mention (`the Trump
     * rally closing`), and not a noun in `-ing` ({@link #ING_NOUNS}).
     */
    static int beforeParticiple(NameIndex names, List<Tok> toks, int a, int b) {
        int k = a;
        while (k <= b && toks.get(k).type == Tok.WORD && toks.get(k).cap && !Words.endsWithPossessive(toks.get(k))) {
            k++;
        }
        if (k == a || k > b || Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            return b; // quick rejection: most mentions are one capitalised run or open in lower case
        }
        Tok p = toks.get(k);
        if (p.type != Tok.WORD || p.low.length() < 6 || !p.low.endsWith("ing") || ING_NOUNS.contains(p.low)) {
            return b;
        }
        // the run a person the article names: its last word a surname the pre-pass knows (`Exit polling` is no one)
        return names.lastNameToFull.containsKey(Words.stripPossessive(toks.get(k - 1).text)) ? k - 1 : b;
    }

    private static boolean nonAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 128) {
                return true;
            }
        }
        return false;
    }

    /** Combining marks, compiled once (String.replaceAll compiled it for every accented word asked: session n74s). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** Whether the word (lower case) is a title once its accents are set aside (accent-variant-title). */
    static boolean title(String low) {
        if (!nonAscii(low)) {
            return false; // quick rejection: the lists' own look-up already answered for plain letters
        }
        String plain = MARKS.matcher(Normalizer.normalize(low, Normalizer.Form.NFD)).replaceAll("");
        return !plain.equals(low) && Lexicon.TITLES.contains(plain);
    }

    /**
     * `of` / `for` between two capitalised words inside an office's field (`Minister of State for Tourism X Y`,
     * `Secretary of State for Wales X Y`): the word after it is a field again, whatever it is (second-office-link).
     */
    static boolean officeLink(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        return (t.low.equals("for") || t.low.equals("of")) && !t.cap && k + 1 < toks.size() && toks.get(k - 1).cap
                && toks.get(k + 1).cap && toks.get(k + 1).type == Tok.WORD;
    }

    /**
     * Where the name starts in a run [a, b] that opens right after `&` or `and` joined to a capitalised word
     * (`the Department of Culture, Heritage & Gaeltacht Ann Roe`, `Minister for Arts and Heritage Ann Roe`): the
     * run's first word is the last of the coordinated field or body before it, when it is no known first name and the
     * two words after it open with one or the article writes their last word alone (`Roe said`), as a surname
     * (coordinated-field-before-name); else {@code a}.
     */
    static int afterCoordinatedField(Doc d, List<Tok> toks, int a, int b) {
        if (b - a != 2 || a < 2) {
            return a;
        }
        Tok link = toks.get(a - 1), before = toks.get(a - 2), first = toks.get(a);
        if (!(link.text.equals("&") || link.low.equals("and") && !link.cap) || !before.cap || before.type != Tok.WORD
                || first.type != Tok.WORD || PersonGenders.isFirstName(first.low)) {
            return a;
        }
        Tok given = toks.get(a + 1), last = toks.get(b);
        boolean named = PersonGenders.isFirstName(given.low)
                || ShorterNameForms.surnameAlone(d, given.text, Words.stripPossessive(last.text));
        return named && given.cap && last.cap && last.type == Tok.WORD ? a + 1 : a;
    }

    /**
     * Whether the person's run [a, b] ends in a plural noun for people (`Skylark Captains`, `Acme Machinists`,
     * `Harbour Pilots`): people of a body or trade, never one person's name, so no first-name or surname entry and no
     * antecedent for `he` (plural-people-tail). The plural is a role's, a people noun's, or one the article writes in
     * lower case as an agent noun (`pilots`, `machinists`); not after a known first name (`Tyra Banks`, `Ann Powers`).
     */
    static boolean pluralPeopleTail(Doc d, List<Tok> toks, int a, int b) {
        Tok last = toks.get(b);
        String low = last.low;
        if (b <= a || last.type != Tok.WORD || !last.cap || low.length() < 5 || !low.endsWith("s") || low.endsWith("ss")
                || Words.endsWithPossessive(last)) {
            return false; // quick rejection: most names end in no plural
        }
        for (int k = a; k <= b; k++) {
            if (PersonGenders.isFirstName(toks.get(k).low)) {
                return false;
            }
        }
        String one = low.substring(0, low.length() - 1);
        boolean agent = low.endsWith("ers") || low.endsWith("tors") || low.endsWith("sors") || low.endsWith("ists")
                || low.endsWith("ants") || low.endsWith("ains") || low.endsWith("ots") || low.endsWith("ees");
        if (FIRM_PLURALS.contains(low)) {
            return false; // `Centerview Partners`, `Lowe & Sons`: a firm's name, which its first word stands for
        }
        return CommonHeads.personWord(low) || RoleWords.ROLES.contains(one) || Lexicon.ANON_NOUNS.contains(low)
                || agent && (d.writtenLowerCase(low) || d.writtenLowerCase(one));
    }

    /** Plural heads of firms' names (`X Partners`, `X Associates`, `X Brothers`): a firm, handled as before. */
    private static final Set<String> FIRM_PLURALS = Lexicon.words("""
            partners associates brothers sons daughters advisors advisers holdings investors managers traders""");

    /**
     * Newsroom rubrics that open a headline before a colon (`Latest: ...`, `Live: ...`, `Watch: ...`): a page's
     * label, never a speaker's (live-page-label).
     */
    private static final Set<String> RUBRICS = Lexicon.words("""
            latest live breaking update updates updated watch listen explained explainer recap revealed pictured
            factcheck fact-check analysis opinion comment editorial""");

    /** Whether the label [a, colon) is one rubric word (live-page-label). */
    static boolean rubric(List<Tok> toks, int a, int colon) {
        return colon == a + 1 && RUBRICS.contains(toks.get(a).low);
    }
}
