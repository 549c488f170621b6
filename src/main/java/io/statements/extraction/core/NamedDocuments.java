package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session pron20: a document the article named earlier with its author's name before the noun (`A new Harlow Institute
 * report finds ...` ... `From the report: "..."`, `a Gazette poll` ... `the poll found`) is that author's, when no
 * sentence says who issued it ({@link DocumentIssuers}).
 */
final class NamedDocuments {
    /** How many capitalised words an author's name before the noun may have. */
    private static final int NAME_WORDS = 5;

    private final Doc d;
    private final List<Tok> toks;

    NamedDocuments(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The author named before the latest earlier {@code noun} that has a name before it, or null. */
    Speaker author(String noun, int before) {
        for (int i = d.tokenAt(before - 1); i > 0; i--) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.cap || t.qrole != Tok.OUT || !sameNoun(t.low, noun)) {
                continue;
            }
            if (t.para == 0) {
                continue; // a headline's words (`Super PAC ad hits ...`) name a kind, not the author
            }
            Speaker from = authorAfter(i);
            if (from != null) {
                return from;
            }
            int b = i - 1, a = b;
            if (!nameWord(toks.get(b), t.sent)) {
                continue;
            }
            while (a - 1 >= 0 && b - a + 1 < NAME_WORDS && nameWord(toks.get(a - 1), t.sent)
                    && !Words.endsWithPossessive(toks.get(a - 1))) {
                a--;
            }
            if (a == b && a == d.sentStart[t.sent]) {
                continue; // `Internal documents show`: one capitalised word opening a sentence is no name
            }
            Name nm = d.names.classify(a, b);
            if (nm == null || nm.canonical == null || PLATFORMS.contains(Lexicon.lower(nm.canonical))
                    || Lexicon.isRegion(nm.canonical)
                    || Lexicon.PLACES.contains(Lexicon.lower(nm.canonical))
                    || !SpeakerNames.isName(nm.canonical, nm.kind)) {
                continue; // `a new Texas report`: a place's, not an author's
            }
            return new Speaker(t.s, t.e, nm.canonical, nm.canonical, nm.kind, null);
        }
        return null;
    }

    /** How many sentences back the document's earlier mention may stand (a report discussed over a few paragraphs). */
    private static final int SENTENCES_BACK = 8;
    /** Words that end the author's noun phrase after `from`/`by` (`a report from the agency's auditor to be released`). */
    private static final java.util.Set<String> AUTHOR_END = Lexicon.words("""
            to on in at that which who whose released published issued obtained said says found shows showed late early
            earlier last this""");
    /** How many words the author's noun phrase may have (`the State Department's inspector general`). */
    private static final int AUTHOR_WORDS = 7;

    /**
     * Session names38, rule document-first-author: `..., according to a review by the port board's auditor.`
     * ... `the report says`, `A report by the chief inspector, Dame Ada Vance, found ...` ... `The report said`: the
     * definite document is the one the text introduced with its author after `from` or `by`, when the latest earlier
     * mention of the same noun (its own or the eight sentences before, not the headline) names one; null otherwise
     * (that mention names no author, or none stands so close).
     */
    Speaker authorAtLastMention(String noun, int before) {
        int first = d.tokenAt(before - 1);
        int sentence = toks.get(first).sent;
        for (int i = first; i > 0 && sentence - toks.get(i).sent <= SENTENCES_BACK; i--) {
            Tok t = toks.get(i);
            if (t.s >= before || t.type != WORD || t.cap || t.qrole != Tok.OUT || !t.low.equals(noun)) {
                continue;
            }
            int by = byAfter(i);
            if (t.para == 0 || by < 0) {
                return null; // the latest mention names no author: an earlier one may be another document
            }
            Speaker spoken = speakerAfter(by, t.sent);
            if (spoken != null) {
                return spoken; // `A statement issued by the Senior Assistant ... Ida Berg said ...`: as it was resolved
            }
            int a = by + 1, b = by;
            for (int m = a; m < toks.size() && m - a < AUTHOR_WORDS && toks.get(m).sent == t.sent; m++) {
                Tok w = toks.get(m);
                if (w.type != WORD || w.qrole != Tok.OUT || AUTHOR_END.contains(w.low) || Lexicon.TIME_WORDS.contains(w.low)
                        || verbAfterName(m, a)) {
                    break;
                }
                b = m;
            }
            if (b < a || !authorWords(a, b)) {
                return null; // `a report from last year`, `a poll by phone`: no author named
            }
            int[] named = appositiveName(b);
            if (named == null && allNameWords(a, b)) {
                return authorNamedAt(by); // `a new ad from Our Principles PAC`: the name as the name index has it
            }
            Speaker sp = named != null ? d.resolver.resolve(named[0], named[1]) : d.resolver.resolve(a, b);
            return sp == null || sp.name() == null || sp.kind() == null ? null : sp;
        }
        return null;
    }

    /** Past forms of verbs a document does (`A statement from X made clear`) that do not end in `-ed`. */
    private static final java.util.Set<String> IRREGULAR_PAST = Lexicon.words("""
            made gave took put set saw told sent wrote cut hit led kept left held met paid ran won brought thought
            sought struck drew laid""");

    /**
     * Session n63c, rule document-author-ends-at-verb: `A statement from the Velden Port Trust blamed the weather`:
     * a lower-case word right after the author's capitalised name is the document's own verb, not part of the author
     * (a name goes on only with `of`, `for`, `and` or a particle, or ends in a noun for a body or people: `the Civic
     * Monitor group`, `the Harbour Board's lawyers`). Read as one phrase, the author was `Velden Port Trust blamed
     * the weather`, no name, and the document kept no author. Only a word that may be a verb in the past or the
     * present (`-ed`, `-s`, `made`) ends it, never after a possessive (`the State Department's inspector general`).
     */
    private boolean verbAfterName(int m, int a) {
        Tok w = toks.get(m);
        if (m <= a || w.cap || w.has(WordBits.NAME_RUN_LINK) || Words.endsWithPossessive(toks.get(m - 1))
                || !(w.low.endsWith("ed") || w.low.endsWith("s") && !w.low.endsWith("ss") || IRREGULAR_PAST.contains(w.low))) {
            return false; // `the State Department's inspector general`: the possessive goes on with what it owns
        }
        Tok prev = toks.get(m - 1);
        boolean bodyNoun = Lexicon.ORG_NOUNS.contains(w.low) || CommonHeads.personWord(w.low);
        boolean closedNoun = !prev.cap && m - 2 >= a && toks.get(m - 2).cap
                && (Lexicon.ORG_NOUNS.contains(prev.low) || CommonHeads.personWord(prev.low)); // `the X group warned`
        // n65c: `A statement from the company blamed ...`: a definite body noun ends the author as a name does
        boolean definiteBody = m - 2 >= a && !prev.cap && Lexicon.ORG_NOUNS.contains(prev.low) && toks.get(m - 2).low.equals("the");
        return prev.cap && !bodyNoun || closedNoun || definiteBody;
    }

    /** Capitalised words only, after an optional `the`. */
    private boolean allNameWords(int a, int b) {
        for (int m = toks.get(a).low.equals("the") ? a + 1 : a; m <= b; m++) {
            if (!toks.get(m).cap) {
                return false;
            }
        }
        return true;
    }

    /** The speaker of a statement of the sentence whose subject stands after the `by` at {@code by}, or null. */
    private Speaker speakerAfter(int by, int sent) {
        for (int k = d.out.size() - 1; k >= 0; k--) {
            Stmt st = d.out.get(k);
            if (st.sent == sent && st.sp != null && st.sp.name() != null && st.sp.ms() > toks.get(by).s
                    && DocumentIssuers.author(st.sp)) {
                return st.sp;
            }
        }
        return null;
    }

    /** A name, or a person, title or organisation noun, among the words [a, b]: `the chief inspector of prisons`. */
    private boolean authorWords(int a, int b) {
        for (int m = a; m <= b; m++) {
            String low = toks.get(m).low;
            if (toks.get(m).cap || CommonHeads.personWord(low) || Lexicon.ORG_NOUNS.contains(low)
                    || Lexicon.TITLES.contains(low)) {
                return true;
            }
        }
        return false;
    }

    /** Participles between a document and its author: `a study released in March by`. */
    private static final java.util.Set<String> PUT_OUT = Lexicon.words("""
            released published issued commissioned written conducted prepared compiled produced""");

    /**
     * The `from`/`by` naming the author of the document noun at {@code noun}: right after it, or after a participle and
     * a time phrase (`a study released in March by`, `a report published on Monday by`); -1 when none.
     */
    private int byAfter(int noun) {
        int k = noun + 1;
        if (k < toks.size() && PUT_OUT.contains(toks.get(k).low)) {
            k++;
            while (k < toks.size() && k - noun <= 5 && (Lexicon.TIME_WORDS.contains(toks.get(k).low)
                    || toks.get(k).low.equals("on") || toks.get(k).low.equals("in") || toks.get(k).low.equals("last"))) {
                k++;
            }
            return k + 1 < toks.size() && toks.get(k).low.equals("by") && toks.get(k).sent == toks.get(noun).sent ? k : -1;
        }
        // n55b: never a `By` line under a deck that ends at the noun (`..., announced in a statement` / `By Staff`)
        return k + 1 < toks.size() && (toks.get(k).low.equals("from") || toks.get(k).low.equals("by"))
                && toks.get(k).para == toks.get(noun).para ? k : -1;
    }

    /** `the chief inspector, Dame Ada Vance,`: the capitalised name set off by a comma after {@code b}, or null. */
    private int[] appositiveName(int b) {
        if (b + 2 >= toks.size() || !toks.get(b + 1).text.equals(",") || !nameWord(toks.get(b + 2), toks.get(b).sent)) {
            return null;
        }
        int e = b + 2;
        while (e + 1 < toks.size() && e - b < 5 && nameWord(toks.get(e + 1), toks.get(b).sent)) {
            e++;
        }
        boolean closed = e + 1 >= toks.size() || toks.get(e + 1).type != WORD || toks.get(e + 1).sent != toks.get(b).sent;
        return closed && e > b + 2 ? new int[]{b + 2, e} : null;
    }

    /** Where a piece was posted, not who wrote it: `a Facebook post`, `a YouTube video`. */
    private static final java.util.Set<String> PLATFORMS = Lexicon.words(
            "facebook twitter instagram youtube snapchat tiktok linkedin reddit tumblr medium");

    /** `a new radio spot from Kestrel Forward Fund`: the capitalised name after `from` or `by`, or null. */
    private Speaker authorAfter(int noun) {
        int k = noun + 1;
        if (k + 1 >= toks.size() || !(toks.get(k).low.equals("from") || toks.get(k).low.equals("by"))
                || toks.get(k).para != toks.get(noun).para) {
            return null; // n55b: a `By` line under the noun's paragraph is a byline
        }
        return authorNamedAt(k);
    }

    /** The capitalised name after the `from` or `by` at {@code k}, or null. */
    private Speaker authorNamedAt(int k) {
        int sent = toks.get(k).sent;
        int a = toks.get(k + 1).low.equals("the") ? k + 2 : k + 1, b = a;
        if (a >= toks.size() || !nameWord(toks.get(a), sent)) {
            return null;
        }
        while (b + 1 < toks.size() && b - a + 1 < NAME_WORDS && nameWord(toks.get(b + 1), sent)) {
            b++;
        }
        Name nm = d.names.classify(a, b);
        return nm == null || nm.canonical == null || !SpeakerNames.isName(nm.canonical, nm.kind)
                || PLATFORMS.contains(Lexicon.lower(nm.canonical)) ? null
                : new Speaker(toks.get(a).s, toks.get(b).e, nm.canonical, nm.canonical, nm.kind, null);
    }

    private static boolean nameWord(Tok t, int sent) {
        return t.type == WORD && t.cap && t.qrole == Tok.OUT && t.sent == sent;
    }

    private static boolean sameNoun(String word, String noun) {
        return word.equals(noun) || word.equals(noun + "s") || noun.equals(word + "s");
    }
}
