package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A quote standing as its own sentence, attributed by the sentence right after it: `"..." That was the view of Ann
 * Loy, ...`, `"..." So said Ann Loy.`, `"..." Those were the words of the shire president, ...`, `"..." The warning
 * came from Ann Loy.`, `"..." That is how Ann Loy put it.` News writing names the speaker after the words for effect;
 * without this rule the quote falls to the last speaker before it, the one person it is not.
 */
final class NextSentenceSpeakerSieve extends Rules implements QuoteSieve {

    /** What the next sentence calls the quote: `the view of`, `the warning came from`. */
    private static final Set<String> REMARK_NOUNS = Lexicon.words("view views verdict words message warning assessment"
            + " opinion reaction response advice plea conclusion take answer reply comment remark claim promise pledge"
            + " boast admission criticism complaint argument prediction appeal question judgment judgement explanation"
            + " description sentiment sentiments thinking position retort rebuke observation account thoughts"
            + " diagnosis forecast analysis line");
    private static final Set<String> POINTERS = Lexicon.words("that this those these such");
    private static final Set<String> BE = Lexicon.words("was were is are");
    /** `That is how Ann Loy put it`, `... described it`, `... summed it up`. */
    private static final Set<String> HOW_VERBS = Lexicon.words("put described summed explained saw sees puts describes"
            + " sums explains");

    NextSentenceSpeakerSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "next-sentence";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (!c.opensClause || c.q.close < 0 || c.words < 3 || !onlyPunctuationAfter(c.qEndTok, c.cse)) {
            return false;
        }
        int next = toks.get(c.cse).sent + 1;
        if (next >= d.sentStart.length) {
            return false;
        }
        int ns = d.sentStart[next], ne = d.sentEnd[next];
        int[] np = speakerPhrase(ns, ne);
        if (np == null || toks.get(np[0]).qrole != OUT) {
            return false;
        }
        Speaker sp = resolver.resolve(np[0], np[1]);
        Tok head = toks.get(np[1]);
        if (sp == null || sp.name() == null
                || !capitalised(np) && !(head.has(WordBits.ROLE_WORD) || head.low.endsWith("s"))) {
            return false; // `That was the message of the day`: no one's words; `the verdict of the traders`: theirs
        }
        return direct(c, sp, 0.6, np[2]);
    }

    /**
     * The speaker the sentence after sentence si names for it (`These were the words of Ann Loy`), or null; n67f's
     * {@link UnquotedWordsOf} asks it of a sentence without quotation marks. [0] the speaker, cue token in {@code cue[0]}.
     */
    Speaker namedNext(int si, int[] cue) {
        int next = si + 1;
        if (next >= d.sentStart.length) {
            return null;
        }
        int[] np = speakerPhrase(d.sentStart[next], d.sentEnd[next]);
        if (np == null || toks.get(np[0]).qrole != OUT) {
            return null;
        }
        Speaker sp = resolver.resolve(np[0], np[1]);
        cue[0] = np[2];
        return sp != null && sp.name() != null && capitalised(np) ? sp : null;
    }

    /** [start, end, cue] of the speaker named by the sentence from ns, or null when it names none. */
    private int[] speakerPhrase(int ns, int ne) {
        if (ne - ns < 3 || toks.get(ns).type != WORD) {
            return null;
        }
        String w0 = toks.get(ns).low, w1 = toks.get(ns + 1).low;
        if (w0.equals("so") && (w1.equals("said") || w1.equals("says"))) {
            return withCue(inverted.subjectAfter(ns + 1, ne), ns + 1); // `So said Ann Loy.`
        }
        if (POINTERS.contains(w0) && BE.contains(w1) && toks.get(ns + 2).low.equals("how")) {
            return howPutIt(ns + 2, ne); // `That is how Ann Loy put it.`
        }
        int k = ns;
        if (POINTERS.contains(w0) && BE.contains(w1) && toks.get(ns + 2).low.equals("the")) {
            k = remarkNoun(ns + 3, ne);
            // `That was the view of Ann Loy`
            return k > 0 && k + 1 <= ne && toks.get(k + 1).low.equals("of") ? withCue(name(k + 1, ne), k) : null;
        }
        if (w0.equals("the") || POINTERS.contains(w0)) {
            k = remarkNoun(ns + 1, ne); // `The warning came from Ann Loy`, `Those words came from ...`
            if (k > 0 && k + 2 <= ne && (toks.get(k + 1).low.equals("came") || toks.get(k + 1).low.equals("comes"))
                    && toks.get(k + 2).low.equals("from")) {
                return withCue(name(k + 2, ne), k + 1);
            }
        }
        return null;
    }

    /** The remark noun at k or after at most two modifiers (`the blunt verdict`), or -1. */
    private int remarkNoun(int k, int ne) {
        for (int m = k; m <= ne && m <= k + 2; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.cap) {
                return -1;
            }
            if (REMARK_NOUNS.contains(t.low)) {
                return m;
            }
        }
        return -1;
    }

    /** The noun phrase after the word at k when it holds a capitalised word (a name, a titled description). */
    private int[] name(int k, int ne) {
        int[] np = k + 1 <= ne ? inverted.subjectAfter(k, ne) : null;
        if (np == null) {
            return null;
        }
        if (toks.get(np[0]).low.equals("the")) {
            return np; // `the shire president, Graham Tully`: the resolver reads the appositive
        }
        for (int m = np[0]; m <= np[1]; m++) {
            if (toks.get(m).cap && toks.get(m).type == WORD) {
                return np;
            }
        }
        return null;
    }

    /** `how Ann Loy put it`: the words between `how` and its verb, holding a capitalised word. */
    private int[] howPutIt(int how, int ne) {
        for (int m = how + 2; m <= ne && m - how <= 8; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD) {
                return null;
            }
            if (HOW_VERBS.contains(t.low) && !t.cap) {
                return toks.get(how + 1).cap ? new int[]{how + 1, m - 1, m} : null;
            }
        }
        return null;
    }

    private boolean capitalised(int[] np) {
        for (int m = np[0]; m <= np[1]; m++) {
            if (toks.get(m).cap && toks.get(m).type == WORD && m > np[0]) {
                return true;
            }
        }
        return toks.get(np[0]).cap && !toks.get(np[0]).low.equals("the");
    }

    private static int[] withCue(int[] np, int cue) {
        return np == null ? null : new int[]{np[0], np[1], cue};
    }

    private boolean onlyPunctuationAfter(int from, int to) {
        for (int m = from + 1; m <= to; m++) {
            if (toks.get(m).type == WORD) {
                return false;
            }
        }
        return true;
    }
}
