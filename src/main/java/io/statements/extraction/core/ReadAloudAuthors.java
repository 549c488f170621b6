package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n67c, rule reader-not-author: a person who reads out someone else's statement or letter (`"...," the lawyer
 * read`, `read Calloway`, `"...," Renmark said, reading from Arkwell's statement`) lends the words a voice, not an
 * author: the quote is the statement's author's. The author is whom the text gives the document to, in the quote's
 * sentence or up to {@link #BACK} sentences before it (within two paragraphs): the possessor after `from`
 * (`reading from Arkwell's statement`), else the named person who speaks in, or is the subject of, the sentence that
 * names the document (`In a statement read by his spokesman, Governor Dell announced ...`, `Mayor Arkwell resigned,
 * according to a statement`). The reader's own sentence (`Her lawyer read the statement`) passes the search back
 * only when its document is definite (`the statement`: one named before); `Brandauer read a prepared statement`
 * is the reader's own, and the quote stays hers. A reader introduced as someone's agent (`Her lawyer, Ray Dunn, read
 * the statement`, `In a letter read out by her lawyer Ray Dunn`, `Holt's spokesman Ray Dunn`) reads the principal's
 * words (session n67e, merged here). Only for a person speaking through a verb of reading (the cue, `said, reading`
 * or a `reading from` in the sentence), never for a document that reads (`the letter read`).
 */
final class ReadAloudAuthors {
    /** How many sentences before the quote's the document may be named. */
    private static final int BACK = 4;
    /** Nouns of a text one person writes and another may read out. */
    private static final Set<String> TEXTS = Lexicon.words("statement statements letter note message remarks speech");
    /** Who reads out a principal's words: `her lawyer, X`, `Holt's spokesman X`. */
    private static final Set<String> AGENTS = Lexicon.words("""
            attorney attorneys lawyer lawyers solicitor barrister counsel spokesman spokeswoman spokesperson aide
            representative agent secretary""");
    private static final Set<String> READ = Lexicon.words("read reads reading");
    private static final Set<String> DEFINITE = Lexicon.words("the that this");

    private ReadAloudAuthors() {
    }

    /** The author of the statement {@code st}, whose cue is token {@code cue} in sentence {@code si}; else its speaker. */
    static Speaker author(Doc d, Stmt st, int cue, int si) {
        Speaker sp = st.sp;
        if (sp == null || cue < 0 || sp.kind() != SpeakerKind.PERSON || sp.name() == null || si < 0) {
            return sp;
        }
        java.util.List<Tok> toks = d.toks;
        int ss = d.sentStart[si], se = d.sentEnd[si];
        int from = readingFrom(toks, ss, se);
        if (!READ.contains(toks.get(cue).low) && from < 0 && !saidReading(toks, cue) || documentMention(sp.mention())) {
            return sp; // quick rejection: no verb of reading; a document that reads is its own speaker
        }
        if (from >= 0) {
            Speaker owner = possessor(d, from + 1, se, sp.name());
            if (owner != null) {
                return as(sp, owner.name());
            }
        }
        int para = toks.get(ss).para;
        for (int s = si; s >= 0 && s > si - BACK - 1; s--) {
            int a = d.sentStart[s], b = d.sentEnd[s];
            if (para - toks.get(a).para > 2) {
                break;
            }
            int doc = textNoun(toks, a, b);
            if (doc < 0) {
                continue;
            }
            String author = speakerIn(d, s, sp.name());
            if (author == null) {
                author = principalOfReader(d, a, b, sp.name()); // `Her lawyer, Ray Dunn, read the statement`
            }
            if (author != null) {
                return as(sp, author);
            }
            if (readerIsSubject(d, a, b, sp.name()) && !DEFINITE.contains(toks.get(doc - 1).low)
                    && !(doc >= 2 && DEFINITE.contains(toks.get(doc - 2).low))) {
                return sp; // `Brandauer read a prepared statement`: her own words
            }
        }
        return sp;
    }

    /** `said, reading ...`: the cue `said` with `reading` within two tokens after it. */
    private static boolean saidReading(java.util.List<Tok> toks, int cue) {
        if (!toks.get(cue).low.equals("said")) {
            return false;
        }
        for (int k = cue + 1; k < toks.size() && k <= cue + 2; k++) {
            if (toks.get(k).low.equals("reading")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The principal of the reader when sentence [a, b] introduces the reader as an agent next to `read`: `her lawyer,
     * Ray Dunn` (the person `her` refers to), `Holt's spokesman Ray Dunn` (Holt); else null.
     */
    private static String principalOfReader(Doc d, int a, int b, String reader) {
        java.util.List<Tok> toks = d.toks;
        String surname = reader.substring(reader.lastIndexOf(' ') + 1);
        int readerTok = -1;
        boolean read = false;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            read |= t.qrole == OUT && READ.contains(t.low);
            if (readerTok < 0 && t.type == WORD && t.qrole == OUT && Words.stripPossessive(t.text).equals(surname)) {
                readerTok = k;
            }
        }
        if (!read || readerTok < 0) {
            return null;
        }
        int lead = readerTok - 1;
        while (lead > a && toks.get(lead).cap && toks.get(lead).type == WORD) {
            lead--; // the reader's first name
        }
        if (lead > a && toks.get(lead).text.equals(",")) {
            lead--;
        }
        if (lead <= a || !AGENTS.contains(toks.get(lead).low)) {
            return null;
        }
        Tok owner = toks.get(lead - 1);
        Speaker principal = owner.low.equals("her") || owner.low.equals("his")
                ? d.resolver.resolvePossessivePronoun(lead - 1)
                : owner.cap && Words.endsWithPossessive(owner) ? possessor(d, lead - 1, lead - 1, reader) : null;
        return principal == null || principal.kind() != SpeakerKind.PERSON || principal.name() == null
                || !named(principal.name(), reader) ? null : principal.name();
    }

    /** The token `from` of `reading from` / `read from` outside quotes in [ss, se]; -1 when none. */
    private static int readingFrom(java.util.List<Tok> toks, int ss, int se) {
        for (int i = ss; i < se; i++) {
            Tok t = toks.get(i);
            if (t.qrole == OUT && t.low.equals("from") && i > ss && READ.contains(toks.get(i - 1).low)) {
                return i;
            }
        }
        return -1;
    }

    /** The first noun of a readable text outside quotes in [a, b] (after a word); -1 when none. */
    private static int textNoun(java.util.List<Tok> toks, int a, int b) {
        for (int i = a + 1; i <= b; i++) {
            Tok t = toks.get(i);
            if (t.qrole == OUT && t.type == WORD && TEXTS.contains(t.low)) {
                return i;
            }
        }
        return -1;
    }

    /** `Arkwell's statement` from token i: the possessor, a person named other than the reader; else null. */
    private static Speaker possessor(Doc d, int i, int se, String reader) {
        int j = i;
        while (j <= se && d.toks.get(j).cap && d.toks.get(j).type == WORD && j - i < 4) {
            String low = d.toks.get(j).low;
            if (low.endsWith("'s") || low.endsWith("\u2019s")) {
                Speaker sp = d.resolver.resolve(i, j);
                return sp != null && sp.kind() == SpeakerKind.PERSON && named(sp.name(), reader) ? sp : null;
            }
            j++;
        }
        return null;
    }

    /** A named person other than the reader who speaks in sentence s or is its subject; else null. */
    private static String speakerIn(Doc d, int s, String reader) {
        for (int k = d.out.size() - 1; k >= 0; k--) {
            Stmt o = d.out.get(k);
            if (o.sent < s) {
                break;
            }
            if (o.sent == s && o.sp != null && o.sp.kind() == SpeakerKind.PERSON && named(o.sp.name(), reader)) {
                return o.sp.name();
            }
        }
        Speaker subject = subject(d, d.sentStart[s], d.sentEnd[s]);
        return subject != null && subject.kind() == SpeakerKind.PERSON && named(subject.name(), reader)
                ? subject.name() : null;
    }

    private static boolean readerIsSubject(Doc d, int a, int b, String reader) {
        Speaker subject = subject(d, a, b);
        return subject != null && reader.equals(subject.name());
    }

    private static Speaker subject(Doc d, int a, int b) {
        int[] subj = d.clauses.sentenceSubject(a, b);
        if (subj == null) {
            int after = d.clauses.afterIntroComma(a, b); // `In a statement read by X, Pugh announced`
            subj = after > a ? d.clauses.sentenceSubject(after, b) : null;
        }
        return subj == null || subj[0] < 0 ? null : d.resolver.resolve(subj[0], subj[1]);
    }

    /** A person's name in full (two words at least) that is not the reader's. */
    private static boolean named(String name, String reader) {
        return name != null && name.indexOf(' ') > 0 && !name.equals(reader)
                && !reader.endsWith(name.substring(name.lastIndexOf(' ')));
    }

    private static boolean documentMention(String mention) {
        if (mention == null) {
            return false;
        }
        for (String w : mention.split(" ")) {
            if (TEXTS.contains(Lexicon.lower(w))) {
                return true;
            }
        }
        return false;
    }

    private static Speaker as(Speaker sp, String author) {
        return new Speaker(sp.ms(), sp.me(), sp.mention(), author, SpeakerKind.PERSON, sp.channel());
    }
}
