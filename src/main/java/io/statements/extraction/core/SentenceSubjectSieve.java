package io.statements.extraction.core;

/** A quote of four words or more inside a sentence without a cue: the sentence's subject, at low confidence. */
final class SentenceSubjectSieve extends Rules implements QuoteSieve {

    SentenceSubjectSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "sentence-subject";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (c.words < 4 || c.startsSentence) {
            return false;
        }
        int[] subj = clauses.sentenceSubject(c.ss, c.q.open - 1);
        if (subj == null) {
            return false;
        }
        Stmt st = c.st;
        st.sp = resolver.resolve(subj[0], subj[1]);
        st.kind = StatementKind.PARTIAL;
        st.conf = 0.45;
        st.group = d.newGroup();
        return true;
    }
}
