package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Attributions without a verb of saying that news reports as statements (PolNeAR marks them): a refusal to speak
 * (`The ministry declined to comment`, `X refused to say whether ...`: the content is the infinitive) and data that
 * shows something (`Polls show that ...`, `The filings showed ...`, `In a Herald poll, ...`: the source is the
 * document). Runs after the reported-speech sieve and never overlaps a statement already decided.
 */
final class NonSpeechSieve extends Rules {
    private static final Set<String> REFUSALS = Lexicon.words("declined declines refused refuses");
    private static final Set<String> SHOWS = Lexicon.words("show shows showed");
    private static final Set<String> DATA = Lexicon.words("""
            poll polls survey surveys record records data figures numbers results statistics documents filings
            reports report study studies analysis tally count estimates audit files returns""");

    private static final Set<String> POLLS = Lexicon.words("poll polls survey surveys");

    NonSpeechSieve(Doc d) {
        super(d);
    }

    static final String NAME = "non-speech";

    void sentence(int ss, int se) {
        inPoll(ss, se);
        for (int i = ss + 1; i < se; i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole != OUT) {
                continue;
            }
            if (REFUSALS.contains(t.low) && toks.get(i + 1).low.equals("to") && i + 2 <= se) {
                int[] subj = subjects.subjectBefore(i, ss);
                if (subj != null && subj[0] >= 0) {
                    emit(i, i + 1, complements.complementEnd(i + 2, se), resolver.resolveSubject(subj), ss, se);
                }
            } else if (SHOWS.contains(t.low)) {
                int[] subj = subjects.subjectBefore(i, ss);
                if (subj != null && subj[0] >= 0 && subj.length == 2 && DATA.contains(toks.get(subjects.headOf(subj)).low)) {
                    int from = complements.complementStart(i, i, se);
                    if (from >= 0) {
                        emit(i, from, complements.complementEnd(from, se), resolver.resolve(subj[0], subj[1]), ss, se);
                    }
                }
            }
        }
    }

    /** `In a Herald poll released Monday, 50 percent chose Holt`: the poll is the source of the clause after it. */
    private void inPoll(int ss, int se) {
        if (!toks.get(ss).low.equals("in") || ss + 2 > se || !Lexicon.DETERMINERS.contains(toks.get(ss + 1).low)) {
            return;
        }
        boolean data = false;
        int npEnd = -1; // `a Herald poll released Monday`: the source ends before the participle
        for (int m = ss + 2; m <= se && m - ss <= 14; m++) {
            Tok t = toks.get(m);
            if (t.text.equals(",")) {
                if (data && m + 1 <= se && toks.get(m + 1).type == WORD) {
                    int to = complements.complementEnd(m + 1, se);
                    emit(ss, m + 1, to, resolver.resolve(ss + 1, npEnd < 0 ? m - 1 : npEnd), ss, se);
                }
                return;
            }
            if (t.type != WORD || t.qrole != OUT) {
                return;
            }
            data |= POLLS.contains(t.low);
            if (data && npEnd < 0 && !t.cap && t.low.endsWith("ed")) {
                npEnd = m - 1;
            }
        }
    }

    private void emit(int cue, int from, int to, Speaker sp, int ss, int se) {
        if (sp == null || to < from || from > se || to > se) {
            return;
        }
        int cs = toks.get(from).s, ce = toks.get(to).e;
        for (Stmt o : d.out) {
            if (o.cs < ce && cs < o.ce) {
                return;
            }
        }
        Stmt st = new Stmt();
        st.kind = StatementKind.INDIRECT;
        st.sent = toks.get(cue).sent;
        st.cs = cs;
        st.ce = ce;
        st.ls = cs;
        st.le = ce;
        st.cueS = toks.get(cue).s;
        st.cueE = toks.get(cue).e;
        st.sp = sp;
        st.group = d.newGroup();
        st.conf = 0.5 * (sp.name() == null ? 0.6 : 1.0);
        st.sieve = NAME;
        d.out.add(st);
    }
}
