package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.statements.extraction.core.Tok.*;

/** A quote being attributed: where it stands in its sentence, and what the sieves found for it so far. */
final class QuoteCandidate {

    /** What the quotes of one sentence share: cues already used and the speaker each cue resolved to. */
    static final class SentenceMemory {
        final Map<Integer, Integer> cueGroup = new HashMap<>();
        final Map<Integer, Speaker> cueSpeaker = new HashMap<>();
        final List<Integer> usedCues = new ArrayList<>();
        boolean hasQuoteStatement;
    }

    final Quote q;
    final SentenceMemory memory;
    final int si, ss, se;
    /** Last token of the quote (its closing mark, or its last word when unbalanced). */
    final int qEndTok;
    /** End of the sentence the quote closes in. */
    final int cse;
    final int words;
    final boolean startsSentence;
    /** The quote opens its sentence, or follows only a connective (`But "..."`, `Still, "..."`). */
    final boolean opensClause;
    /**
     * The quote ends with a comma, ?, ! or dash, or with a period the sentence goes on after (`"Great." he said.`):
     * an attribution may follow (`"...," X said`).
     */
    final boolean endsComma;
    final Stmt st = new Stmt();

    // found by the cue sieves
    int cue = -1;
    int[] subj;
    boolean coordinated;
    Speaker outerSpeaker;
    boolean post;

    QuoteCandidate(Doc d, Quote q, int si, SentenceMemory memory) {
        List<Tok> toks = d.toks;
        this.q = q;
        this.memory = memory;
        this.si = si;
        this.ss = d.sentStart[si];
        this.se = d.sentEnd[si];
        this.qEndTok = q.close >= 0 ? q.close : q.lastInner;
        int closeSent = toks.get(qEndTok).sent;
        this.cse = closeSent >= 0 && closeSent < d.sentEnd.length ? d.sentEnd[closeSent] : se;
        this.words = wordCount(toks, q);
        this.startsSentence = q.open == ss;
        int li = q.lastInner;
        while (li > q.open + 1 && (toks.get(li).type == SQ || toks.get(li).type == DQ)) {
            li--;
        }
        Tok lastInner = toks.get(li);
        this.endsComma = lastInner.text.equals(",") || lastInner.text.equals("?") || lastInner.text.equals("!")
                || lastInner.text.equals("\u2014") || lastInner.text.equals("-")
                || (qEndTok + 1 <= cse && toks.get(qEndTok + 1).text.equals(","))
                || lastInner.text.equals(".") && q.close >= 0 && qEndTok + 1 <= cse && cse - qEndTok <= 8
                && toks.get(qEndTok + 1).type == WORD && Words.isTerminal(toks.get(cse))
                || unpunctuatedBeforeAttribution(toks, q, lastInner, qEndTok, cse)
                || colonBeforeAttribution(toks, q, qEndTok, cse);
        this.opensClause = startsSentence || onlyConnectivesBefore(toks, ss, q.open);
        st.words(q.cs, q.ce);
        st.sent = si;
    }

    /**
     * `"The fair is a contest of stalls" Reyes said.`: a quote opening its sentence that closes without
     * punctuation, followed by a short tail ending the sentence, where an attribution may stand.
     */
    private boolean unpunctuatedBeforeAttribution(List<Tok> toks, Quote q, Tok lastInner, int qEndTok, int cse) {
        if (lastInner.type != WORD || q.close < 0 || qEndTok + 1 > cse || toks.get(qEndTok + 1).type != WORD
                || !Words.isTerminal(toks.get(cse))) {
            return false;
        }
        if (q.open == ss || onlyConnectivesBefore(toks, ss, q.open)) {
            return cse - qEndTok <= 8 || speakerNamedRightAfter(toks, qEndTok, cse);
        }
        // n67f, rule inverted-cue-after-quote: `The vote was "unanimous" said the board.`: inside the sentence, only
        // a verb of saying right after the closing mark with its subject after it, in a short tail
        Tok verb = toks.get(qEndTok + 1), subj = qEndTok + 2 <= cse ? toks.get(qEndTok + 2) : null;
        return cse - qEndTok <= 8 && subj != null && subj.type == WORD && !verb.cap && Lexicon.SPEECH.contains(verb.low)
                && (Lexicon.DETERMINERS.contains(subj.low) || subj.cap && !Lexicon.TIME_WORDS.contains(subj.low));
    }

    /**
     * Rule quote-colon-attribution (session lead49): `"The lander is down safely": agency chief R Kumaran said as
     * ...`: a quote opening its sentence, a colon, then a short run of words ending in a name and a verb of saying.
     */
    private boolean colonBeforeAttribution(List<Tok> toks, Quote q, int qEndTok, int cse) {
        if (q.open != ss || q.close < 0 || qEndTok + 3 > cse || !toks.get(qEndTok + 1).text.equals(":")) {
            return false;
        }
        for (int k = qEndTok + 2; k <= cse && k - qEndTok <= 8; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD) {
                return false;
            }
            if (Lexicon.SPEECH.contains(t.low) && !t.cap) {
                return k > qEndTok + 2 && toks.get(k - 1).cap;
            }
        }
        return false;
    }

    /**
     * `"..." said Nick Vale, a campaign spokesman.`, `"..." Vale said after an event in Ames on Wednesday.`: a verb of
     * saying and a capitalised name right after the closing mark, however long the tail after them.
     */
    private static boolean speakerNamedRightAfter(List<Tok> toks, int qEndTok, int cse) {
        Tok a = toks.get(qEndTok + 1);
        Tok b = qEndTok + 2 <= cse ? toks.get(qEndTok + 2) : null;
        if (b == null || b.type != WORD) {
            return false;
        }
        if (Lexicon.SPEECH.contains(a.low) && !a.cap) {
            return b.cap;
        }
        if (!a.cap) {
            return false;
        }
        for (int k = qEndTok + 2; k <= cse && k - qEndTok <= 4; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD) {
                return false;
            }
            if (Lexicon.SPEECH.contains(t.low) && !t.cap) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyConnectivesBefore(List<Tok> toks, int from, int open) {
        if (open <= from || open - from > 3) {
            return false;
        }
        for (int i = from; i < open; i++) {
            Tok t = toks.get(i);
            if (!(t.text.equals(",") || t.type == WORD && CONNECTIVES.contains(t.low))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> CONNECTIVES = Lexicon.words(
            "but and still yet so also then now later however again plus instead");

    private static int wordCount(List<Tok> toks, Quote q) {
        int c = 0;
        int end = q.close >= 0 ? q.close : q.lastInner + 1;
        for (int i = q.open + 1; i < end && i < toks.size(); i++) {
            if (toks.get(i).type == WORD) {
                c++;
            }
        }
        return c;
    }

    /** First letter or digit of the quoted words ('a' when none). */
    char firstLetter(String s) {
        for (int i = q.cs; i < q.ce; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 'a';
    }
}
