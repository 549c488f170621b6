package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Sieve `question`: `Asked whether he would run, Smith said ...` — the question put to someone is an attribution of
 * its own (PolNeAR marks it), its asker usually unnamed; called by the reported-speech sieve for a sentence-opening
 * `Asked`.
 */
final class QuestionSieve {
    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;

    QuestionSieve(Doc d) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = d.resolver;
    }

    static final String NAME = "question";

    private static final java.util.Set<String> QUESTION_OPENERS = Lexicon.words(
            "if whether about what how why who when which specifically again repeatedly");

    /**
     * `Asked` opening the sentence, or `when asked` / `, asked about` anywhere in it (`X said when asked whether ...`,
     * `X, asked about his claims, said`): a question put to the subject, not a statement of its own.
     */
    boolean opensQuestion(int cue, int ss, int se) {
        if (cue == ss) {
            return true;
        }
        Tok before = toks.get(cue - 1);
        if (before.low.equals("when") && before.qrole == OUT) {
            return true;
        }
        return before.text.equals(",") && cue + 1 <= se && QUESTION_OPENERS.contains(toks.get(cue + 1).low);
    }

    /**
     * `Asked whether he would run, Smith said ...`: the question put to someone is itself an attribution (PolNeAR
     * marks it, with the asker usually unnamed), from the word after `Asked` to the comma closing the phrase.
     */
    void question(int cue, int se) {
        int from = cue + 1;
        Speaker asker = null;
        if (from <= se && Lexicon.PREPOSITIONS.contains(toks.get(from).low)
                && !QUESTION_OPENERS.contains(toks.get(from).low)) {
            // `Asked on Harbour Radio who runs the council, he said`, `Asked by Ames whether ...`: the question after it
            int m = from + 1;
            while (m <= se && m - from <= 6 && toks.get(m).type == WORD && toks.get(m).qrole == OUT
                    && !QUESTION_OPENERS.contains(toks.get(m).low)) {
                m++;
            }
            if (toks.get(from).low.equals("by") && m - 1 > from) {
                asker = resolver.resolve(from + 1, m - 1);
            }
            from = m;
        }
        if (from > se || toks.get(from).type != WORD || !QUESTION_OPENERS.contains(toks.get(from).low)) {
            return;
        }
        int end = -1;
        for (int m = from + 1; m <= se && m - from < 60; m++) {
            Tok t = toks.get(m);
            if (t.qrole == OUT && t.text.equals(",")) {
                end = m - 1;
                break;
            }
            if (t.qrole == CLOSE && toks.get(m - 1).text.equals(",")) {
                end = m; // `Asked whether she "has the integrity,"`
                break;
            }
        }
        if (end < 0 && cue > 0 && toks.get(cue - 1).sent == toks.get(cue).sent) {
            end = lastWord(from, se); // `X said when asked if she would stand.`: the question ends the sentence
        }
        if (end < from + 2) {
            return;
        }
        Stmt st = new Stmt();
        st.sent = toks.get(cue).sent;
        st.cs = toks.get(from).s;
        st.ce = toks.get(end).e;
        if (toks.get(end).qrole == CLOSE) {
            st.ce = toks.get(end - 1).s; // the comma before the closing mark stays out, as in a quote
            st.le = toks.get(end).e;
        } else {
            st.le = st.ce;
        }
        st.ls = st.cs;
        st.cueS = toks.get(cue).s;
        st.cueE = toks.get(cue).e;
        double conf = asker == null || asker.name() == null ? 0.3 : 0.5; // the asker is rarely named
        st.decide(asker, StatementKind.INDIRECT, d.newGroup(), conf);
        st.sieve = NAME;
        d.out.add(st);
    }

    /** The last word of [from, se] outside quotation marks before the sentence's closing punctuation, or -1. */
    private int lastWord(int from, int se) {
        int m = se;
        while (m > from && toks.get(m).type == PUNCT) {
            m--;
        }
        for (int k = from; k <= m; k++) {
            if (toks.get(k).qrole != OUT) {
                return -1; // a quote after the question is the answer's, left to the quote sieves
            }
        }
        return m > from ? m : -1;
    }
}
