package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n51a, rule document-modifiers: a document's modifiers are never part of its author's name. `A Civic Audit
 * Bureau report published in May said`, `a KADA report on March 2 which said`, `the report, released Tuesday,`: the
 * mention ends at the document noun, so the name is the body before it (or whoever issued it), with the document's
 * channel, never `report published in May` or `report on March 2`.
 */
final class DocumentModifiers {
    /** Participles that do not end in `-ed` but follow a document as its modifier: `a letter written by`. */
    private static final Set<String> PARTICIPLES = Lexicon.words("""
            written seen sent shown given drawn made put read due obtained""");

    private DocumentModifiers() {
    }

    /** A lower-case document noun of {@link Lexicon#DOC_NOUNS}: `report`, `statement`, `letter`. */
    static boolean document(Tok t) {
        return t.type == Tok.WORD && !t.cap && t.qrole == Tok.OUT && Lexicon.DOC_NOUNS.contains(t.low);
    }

    /** A lower-case past participle, outside quotes: `published`, `released`, `written`. */
    static boolean participle(Tok t) {
        return t.type == Tok.WORD && !t.cap && t.qrole == Tok.OUT && t.low.length() > 3
                && (t.low.endsWith("ed") || PARTICIPLES.contains(t.low));
    }

    /**
     * True when the token at {@code k} is a document noun and the words after it (up to {@code b}) modify it rather
     * than name anyone: a participle (`published in May`), a day or month (`Tuesday`, `on March 2`, `last week`), or
     * a relative pronoun (`which said`).
     */
    static boolean endsBeforeModifier(List<Tok> toks, int k, int b) {
        if (k + 1 > b || !document(toks.get(k))) {
            return false;
        }
        Tok next = toks.get(k + 1);
        // n61d: a participle of publishing ends the mention whatever follows (`a video posted online`)
        return participle(next) && (k + 1 == b || timeAt(toks, k + 2, b) || PublishedDocuments.publishing(next.low))
                || timeAt(toks, k + 1, b)
                || next.low.equals("which") || next.low.equals("that");
    }

    /** A year of this century or the last, compiled once (String.matches compiles it on every call). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    /** A time phrase opens at {@code k} (up to {@code b}): `Tuesday`, `last week`, `on March 2`, `in 2019`. */
    private static boolean timeAt(List<Tok> toks, int k, int b) {
        if (k > b || toks.get(k).type != Tok.WORD) {
            return false;
        }
        Tok t = toks.get(k);
        return Lexicon.TIME_WORDS.contains(t.low) || k + 1 <= b && !t.cap && Lexicon.TIME_PREPS.contains(t.low)
                && (Lexicon.TIME_WORDS.contains(toks.get(k + 1).low) || YEAR.matcher(toks.get(k + 1).low).matches());
    }

    /**
     * The mention [a, b] ends at its first document noun with a modifier after it (not its first word), else b; a
     * participle counts ending the mention or before a time (`published`, `released last week`), not before other words
     * (`The statement conflicted with`: a verb).
     */
    static int documentEnd(List<Tok> toks, int a, int b) {
        int cut = b;
        for (int k = b - 1; k > a; k--) {
            if (toks.get(k).low.equals("by")) {
                return b; // `a suit filed in Halden by X`: the author is named after `by`
            }
            cut = endsBeforeModifier(toks, k, b) ? k : cut;
        }
        return cut;
    }

    /**
     * The subject's last token for a verb whose words before, from {@code j} back, are a participle after a document
     * noun (`A Civic Audit Bureau report published said`; a time phrase after the participle is already passed): the
     * noun; else {@code j}. A time preposition still left at {@code j} is passed too (`in May`, the month read as a
     * modal before it).
     */
    static int nounBeforeParticiple(List<Tok> toks, int j, int ss) {
        int m = j > ss && Lexicon.TIME_PREPS.contains(toks.get(j).low) && j + 1 < toks.size()
                && Lexicon.TIME_WORDS.contains(toks.get(j + 1).low) ? j - 1 : j;
        return m - 1 > ss && participle(toks.get(m)) && document(toks.get(m - 1)) ? m - 1 : j;
    }
}
