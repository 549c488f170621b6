package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Sieve for transcript paragraphs: the label is the speaker of the rest of the paragraph. */
final class TranscriptLabelSieve {
    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;
    private final InterviewAnswerer interviewee;

    TranscriptLabelSieve(Doc d) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = d.resolver;
        this.interviewee = new InterviewAnswerer(d);
    }

    void labelStatement(int p) {
        int[] lp = d.labelParas.get(p);
        int size = toks.size();
        int from = lp[2] + 1;
        int to = from;
        while (to + 1 < size && toks.get(to + 1).para == p) {
            to++;
        }
        while (to > from && (toks.get(to).type == DQ || toks.get(to).type == SQ)) {
            to--;
        }
        if (from > to) {
            return;
        }
        Stmt st = new Stmt();
        st.words(toks.get(from).s, toks.get(to).e);
        st.cueS = toks.get(lp[2]).s;
        st.cueE = toks.get(lp[2]).e;
        st.decide(speakerOf(lp[0], lp[1]), StatementKind.DIRECT, d.newGroup(), 0.7);
        st.sent = toks.get(from).sent;
        st.sieve = "transcript-label";
        d.out.add(st);
    }

    /**
     * The label's speaker. An interview's `Q:` and `A:` are never a speaker named "Q" or "A": `A:` is the person
     * interviewed when the headline and the intro name them ({@link InterviewAnswerer}), else unresolved; `Q:`, the
     * interviewer (often two reporters, or the outlet), stays unresolved.
     */
    private Speaker speakerOf(int a, int b) {
        Speaker label = resolveLabel(a, b);
        String w = toks.get(a).text;
        if (a != b || !(w.equals("Q") || w.equals("A"))) {
            return label;
        }
        String answerer = w.equals("A") ? interviewee.answerer() : null;
        return new Speaker(label.ms(), label.me(), label.mention(), answerer,
                answerer != null ? SpeakerKind.PERSON : null, null);
    }

    /**
     * Rule headline-title-label (session names37): a headline's label that is a bare title (`Minister: 'no deal this
     * year'`, `Governor: "We will appeal"`) stands for the person the article gives that title (`The fisheries
     * minister, Alastair Quigg, ...`), as `the minister` would; null when the article gives it nobody.
     */
    private String headlineTitleHolder(int i) {
        Tok t = toks.get(i);
        if (t.para != 0 || !t.has(WordBits.ROLE_WORD)) {
            return null;
        }
        return d.titles.holder(t.low, t.s);
    }

    /** A transcript label (`HOLT:`) as its speaker: the full name the article gave that surname, else the label. */
    private Speaker resolveLabel(int a, int b) {
        int ms = toks.get(a).s, me = toks.get(b).e;
        String mention = d.s.substring(ms, me);
        String key = LabelNames.spelled(mention, d.names.lastNameToFull); // rule label-spelling: `Bill Clinton`
        String name = key;
        String holder = a == b ? headlineTitleHolder(a) : null;
        if (holder != null) {
            name = holder;
        } else if (d.names.lastNameToFull.containsKey(key)) {
            name = d.names.lastNameToFull.get(key);
        } else {
            Name nm = d.names.classify(a, b);
            if (nm != null && nm.canonical != null && !nm.canonical.equals(mention)) {
                name = nm.canonical;
            }
        }
        return new Speaker(ms, me, mention, name, SpeakerKind.PERSON, null);
    }
}
