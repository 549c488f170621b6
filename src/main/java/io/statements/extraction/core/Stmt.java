package io.statements.extraction.core;

/** A statement found by a sieve, in char (UTF-16) offsets, before conversion to the public record. */
final class Stmt {
    StatementKind kind;
    int cs, ce, ls, le;          // the quoted words; the reported clause around them
    int cueS = -1, cueE;
    Speaker sp;
    String via;
    Channel channel;
    double conf;
    int group;                   // statements sharing a group hang on one attribution
    int sent;
    String sieve;                // the rule that decided the attribution
    Stance stance;               // suggested by StanceRules, with its target and evidence span
    String stanceTarget;
    int stanceS = -1, stanceE;

    /**
     * A reported clause (INDIRECT) from {@code cs} to {@code ce} with no quoted words of its own, so its clause is its
     * content; the cue token gives the sentence and the cue span. The sieves that find such clauses in one step
     * (non-speech verbs, parenthetical cues, relayed reports) build it here.
     */
    static Stmt indirect(Tok cue, int cs, int ce, Speaker sp, int group, double conf) {
        Stmt st = new Stmt();
        st.kind = StatementKind.INDIRECT;
        st.sent = cue.sent;
        st.cs = cs;
        st.ce = ce;
        st.ls = cs;
        st.le = ce;
        st.cueS = cue.s;
        st.cueE = cue.e;
        st.sp = sp;
        st.group = group;
        st.conf = conf;
        return st;
    }
}
