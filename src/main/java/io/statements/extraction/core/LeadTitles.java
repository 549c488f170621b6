package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session names40, rule lead-title-cataphora: news leads introduce a person by a description and name them in the
 * next sentence (`A newly named transport minister has said ... . Ann Loy, who took the post in May, admitted
 * ...`). The indefinite title that opens the lead's sentence is given to the person the next sentence opens with,
 * so that the lead's own statement and a later `the minister said` are that person. For {@link PersonTitles}. Not an
 * unnamed source's word (`A spokesman said ... . Ann Loy, the mayor, ...` are two people) nor a title with `of`
 * (`A minister of the old government`), and only when the next sentence stays in the paragraph or the next one.
 * The lead may also open with a definite title right after `The` (`The Premier has conceded ... . Tom Hallett told
 * ...`), in the first body paragraph only and not when the next sentence opens with another title (`Senator X`).
 */
final class LeadTitles {
    /** Lower-case words a lead's description may carry before its title: `newly appointed health`, `senior`. */
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> INDEFINITE = Lexicon.words("a an");
    /** Words after the title that continue the noun phrase rather than start its verb (`A minister of ...`). */
    private static final Set<String> NOT_VERBS = Lexicon.words("of for who and or to at in");
    /** A definite lead's verb: `The Premier has conceded`, `The minister said`, not a participle or `called`. */
    private static final Set<String> LEAD_VERBS = Lexicon.words("has had is was will says said told");
    private static final Set<String> DATELINE_ENDS = Lexicon.set(":", "-", "\u2013", "\u2014");
    /** Capitalised words a title opens with before its role word: `Prime`, `Foreign`, `Home`, `Chief`. */
    static final Set<String> CAPITAL_TITLE_WORDS = Lexicon.words("""
            prime foreign home chief deputy vice first health finance justice education defence defense interior
            transport trade energy environment culture attorney solicitor executive""");
    /** Capitalised words after the role word that end the title: `Chief Executive`, `Chief Medical Officer`. */
    private static final Set<String> TITLE_TAILS = Lexicon.words("executive officer minister secretary");

    private LeadTitles() {
    }

    /** The person the sentence after `A [modifiers] title` (the title at i opening its sentence) opens with, or null. */
    static String holder(List<Tok> toks, int i, PersonTitles titles) {
        Tok t = toks.get(i);
        int the = capitalisedTitleStart(toks, i);
        if (the >= 0) { // names43: `The Prime Minister has`, `The Chief Executive of the X Group has warned`
            int verb = afterCapitalisedTitle(toks, i);
            boolean lead = verb < toks.size() && LEAD_VERBS.contains(toks.get(verb).low) && t.para == 1;
            return lead && opensSentence(toks, the, t) ? nextSentencePerson(toks, verb, t, true, titles) : null;
        }
        int verb = i > 0 && toks.get(i - 1).low.equals("the") ? afterOfBody(toks, i + 1) : i + 1; // n66d
        if (Lexicon.ANON_NOUNS.contains(t.low) || verb >= toks.size() || toks.get(verb).type != Tok.WORD
                || toks.get(verb).cap || NOT_VERBS.contains(toks.get(verb).low)) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_MODIFIERS && toks.get(k).type == Tok.WORD && !toks.get(k).cap
                && !INDEFINITE.contains(toks.get(k).low) && !RoleWords.isRole(toks.get(k))) {
            k--;
        }
        // the lead's own `The Premier has conceded ...`: only right after `The`, in the first body paragraph
        boolean definite = k == i - 1 && k >= 0 && toks.get(k).low.equals("the")
                && LEAD_VERBS.contains(toks.get(verb).low) // not `The candidate called "..."`: one called that
                && (t.para == 1 || verb > i + 1 && t.para == 0 && TitlePhrases.headlineEnd(toks) == 0);
        boolean opens = k >= 0 && (INDEFINITE.contains(toks.get(k).low) && !t.cap || definite)
                && opensSentence(toks, k, t);
        return opens ? nextSentencePerson(toks, verb, t, definite, titles) : null;
    }

    /** Whether the phrase starting at token k opens its sentence (after a dateline too: `NEW DELHI: A`). */
    private static boolean opensSentence(List<Tok> toks, int k, Tok t) {
        return k == 0 || toks.get(k - 1).sent != t.sent || DATELINE_ENDS.contains(toks.get(k - 1).text);
    }

    /** The person the sentence after the one holding token {@code from} (title t's) opens with, or null. */
    private static String nextSentencePerson(List<Tok> toks, int from, Tok t, boolean definite, PersonTitles titles) {
        int n = from;
        while (n < toks.size() && toks.get(n).sent == t.sent) {
            n++;
        }
        n = pastLeadingParticiple(toks, n);
        if (n >= toks.size() || toks.get(n).para - t.para > 1 || !toks.get(n).cap || toks.get(n).qrole != Tok.OUT) {
            return null;
        }
        if (definite && RoleWords.isRole(toks.get(n)) && !ACADEMIC.contains(toks.get(n).low)) {
            return null; // `The president vetoed it. Senator Ann Loy said`: another office, another person
        }
        return titles.personAt(n); // `Ann Loy, who ...`, `Health Minister Ann Loy said`
    }

    /** A scholar's rank before a name (`Professor Ewan Dalgety`) is how the copy names a person, no other office. */
    private static final Set<String> ACADEMIC = Lexicon.words("professor prof prof.");

    /**
     * Session n66d, rule lead-title-of-body: `THE principal of Tayside College has resigned ... . Professor Ewan
     * Dalgety also stepped down as rector`: the definite lead may name the body its title is held in before its verb;
     * the token after `of [the] <capitalised words>` (the verb), else {@code of} itself.
     */
    private static int afterOfBody(List<Tok> toks, int of) {
        if (of >= toks.size() || !toks.get(of).low.equals("of")) {
            return of;
        }
        int m = of + 1 < toks.size() && toks.get(of + 1).low.equals("the") ? of + 2 : of + 1;
        int start = m;
        while (m < toks.size() && toks.get(m).cap && toks.get(m).type == Tok.WORD && m - start < 6) {
            m++;
        }
        return m > start ? m : of;
    }

    /**
     * Session names43: `Speaking in Vantria after the talks, Ann Loy added` opens with a participle's adjunct; the
     * sentence's subject follows its comma. n itself when the sentence at n opens otherwise.
     */
    private static int pastLeadingParticiple(List<Tok> toks, int n) {
        if (n >= toks.size() || !toks.get(n).cap || !toks.get(n).low.endsWith("ing") || toks.get(n).low.length() < 6) {
            return n;
        }
        for (int c = n + 1; c < toks.size() && toks.get(c).sent == toks.get(n).sent && c - n < 25; c++) {
            if (toks.get(c).text.equals(",")) {
                return c + 1;
            }
        }
        return n;
    }

    /**
     * Session names43: `The Prime Minister`, `The Foreign Secretary`, `The Chief Executive`: a capitalised title of two
     * or three words after `The`, its role word at i; the index of `The`, or -1 (a one-word title is read above).
     */
    private static int capitalisedTitleStart(List<Tok> toks, int i) {
        if (!toks.get(i).cap || i + 1 >= toks.size()) {
            return -1;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && toks.get(k).cap && CAPITAL_TITLE_WORDS.contains(toks.get(k).low)) {
            k--;
        }
        if (k < 0 || !toks.get(k).text.equals("The")) {
            return -1;
        }
        boolean tail = toks.get(i + 1).cap && TITLE_TAILS.contains(toks.get(i + 1).low); // `The Chief Executive`
        return k < i - 1 || tail ? k : -1;
    }

    /** The token after `Prime Minister`, `Chief Executive of the Northmoor Steel Group` (the role word at i). */
    private static int afterCapitalisedTitle(List<Tok> toks, int i) {
        int n = i + 1;
        while (n < toks.size() && toks.get(n).cap && TITLE_TAILS.contains(toks.get(n).low) && n - i <= 2) {
            n++;
        }
        if (n < toks.size() && toks.get(n).low.equals("of")) { // `of the X Group`: capitalised words only
            int m = n + 1 < toks.size() && toks.get(n + 1).low.equals("the") ? n + 2 : n + 1;
            int start = m;
            while (m < toks.size() && toks.get(m).cap && toks.get(m).type == Tok.WORD && m - start < 6) {
                m++;
            }
            n = m > start ? m : n;
        }
        return n;
    }
}
