package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Words.endsWithPossessive;
import static io.statements.extraction.core.Words.stripPossessive;

/**
 * Rule reader-is-no-author (session n67e): `"...," Ray Dunn said, reading from Holt's statement`, `"...," Dunn read`
 * after `Her lawyer, Ray Dunn, read the statement`, `"...," read Dunn` after `In a letter read out by her lawyer Ray
 * Dunn, Holt said ...`: a person who reads someone else's statement aloud lends the voice, not the words; the author
 * the text names for the statement (`X's statement`, or the principal of `her lawyer`, `his spokesman`) is the
 * speaker. Only when the cue is `read` or `said, reading`, the reader is named, and an author other than the reader
 * is found in the cue's sentence or in a sentence of the two paragraphs before that names the reader with `read`.
 */
final class ReadAloudStatements {
    private ReadAloudStatements() {
    }

    private static final Set<String> AGENTS = Lexicon.words("""
            attorney attorneys lawyer lawyers solicitor barrister counsel spokesman spokeswoman spokesperson aide
            representative agent secretary""");
    private static final Set<String> PAPERS = Lexicon.words("statement letter message note remarks speech");

    static void apply(Doc d) {
        List<Tok> toks = d.toks;
        for (Stmt st : d.out) {
            if (st.cueS < 0 || st.sp == null || st.sp.name() == null || st.sp.kind() != SpeakerKind.PERSON) {
                continue;
            }
            int cue = d.tokenAt(st.cueS);
            boolean read = toks.get(cue).low.equals("read");
            if (!read && !(toks.get(cue).low.equals("said") && readingAfter(toks, cue) > 0)) {
                continue; // quick rejection: no reading aloud
            }
            String reader = st.sp.name();
            String surname = reader.substring(reader.lastIndexOf(' ') + 1);
            int sent = toks.get(cue).sent, para = toks.get(cue).para;
            String author = sent < 0 ? null : authorIn(d, sent, surname);
            for (int si = sent - 1; author == null && si >= 0 && sent - si <= 8
                    && toks.get(d.sentStart[si]).para >= para - 2; si--) {
                author = authorIn(d, si, surname); // the sentence that introduced the reader
            }
            if (author != null && !author.equals(reader) && !author.endsWith(surname)) {
                st.sp = new Speaker(st.sp.ms(), st.sp.me(), st.sp.mention(), author, SpeakerKind.PERSON, st.sp.channel());
            }
        }
    }

    /** `, reading` within two tokens after `said`: the token of `reading`, or -1. */
    private static int readingAfter(List<Tok> toks, int cue) {
        for (int k = cue + 1; k < toks.size() && k <= cue + 2; k++) {
            if (toks.get(k).low.equals("reading")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The author in sentence {@code sent} when it names the reader by {@code surname} next to `read`/`reading` and
     * a paper: the possessor after `reading from`/`read` (`Holt's statement`), or the principal of the agent noun
     * before the reader's name (`her lawyer, Ray Dunn`, `Holt's lawyer Ray Dunn`); else null.
     */
    private static String authorIn(Doc d, int sent, String surname) {
        List<Tok> toks = d.toks;
        int first = -1, last = -1, readTok = -1, readerTok = -1;
        boolean paper = false;
        if (sent >= d.sentStart.length) {
            return null;
        }
        first = d.sentStart[sent];
        last = d.sentEnd[sent];
        for (int k = first; k <= last; k++) {
            Tok t = toks.get(k);
            if ((t.low.equals("read") || t.low.equals("reading")) && t.qrole == Tok.OUT) {
                readTok = readTok < 0 ? k : readTok;
            }
            paper |= t.qrole == Tok.OUT && PAPERS.contains(t.low);
            if (readerTok < 0 && t.type == Tok.WORD && t.qrole == Tok.OUT && stripPossessive(t.text).equals(surname)) {
                readerTok = k;
            }
        }
        if (readTok < 0 || readerTok < 0 || !paper) {
            return null;
        }
        for (int k = readTok + 1; k <= last && k <= readTok + 4; k++) {
            Tok t = toks.get(k);
            if (t.cap && t.type == Tok.WORD && endsWithPossessive(t) && !stripPossessive(t.text).equals(surname)) {
                return fullName(d, k); // `reading from Holt's written statement`
            }
        }
        int lead = readerTok - 1;
        while (lead > first && toks.get(lead).cap && toks.get(lead).type == Tok.WORD) {
            lead--; // the reader's first name
        }
        if (lead > first && toks.get(lead).text.equals(",")) {
            lead--;
        }
        if (lead > first && AGENTS.contains(toks.get(lead).low)) {
            Tok owner = toks.get(lead - 1);
            if (owner.low.equals("her") || owner.low.equals("his")) {
                Speaker sp = d.resolver.resolvePossessivePronoun(lead - 1);
                return sp == null || sp.kind() != SpeakerKind.PERSON ? null : sp.name();
            }
            if (owner.cap && endsWithPossessive(owner)) {
                return fullName(d, lead - 1); // `Holt's lawyer, Ray Dunn`
            }
        }
        return null;
    }

    /** The person named by the possessive token k: the text's full name for a surname, else the run before it. */
    private static String fullName(Doc d, int k) {
        String word = stripPossessive(d.toks.get(k).text);
        String full = d.names.lastNameToFull.get(word);
        if (full != null) {
            return full;
        }
        int a = k;
        while (a > 0 && d.toks.get(a - 1).cap && d.toks.get(a - 1).type == Tok.WORD && k - a < 3) {
            a--;
        }
        return stripPossessive(d.s.substring(d.toks.get(a).s, d.toks.get(k).e));
    }
}
