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
        st.sent = cue.sent;
        st.words(cs, ce);
        st.cueS = cue.s;
        st.cueE = cue.e;
        return st.decide(sp, StatementKind.INDIRECT, group, conf);
    }

    /**
     * Sets the statement's words from {@code cs} to {@code ce} and its clause to the same stretch: a whole quote, or a
     * reported clause that is its own content. The one place that says so, so that no rule sets the words and leaves
     * the clause empty; a rule that finds a wider clause around quoted words (PARTIAL) sets it after. Returns this.
     */
    Stmt words(int cs, int ce) {
        this.cs = cs;
        this.ce = ce;
        this.ls = cs;
        this.le = ce;
        return this;
    }

    /**
     * Decides the statement: its speaker, its kind, the attribution it belongs to and how sure the rule is. Every sieve
     * decides these four together, so they are set in one place: a rule cannot decide a speaker and forget the group
     * (statements of one group are joined into one attribution) or the kind. The spans, the cue and the sieve stamp
     * stay the rule's own: they differ from rule to rule. Returns this statement, for a cue or a clause after it.
     */
    Stmt decide(Speaker sp, StatementKind kind, int group, double conf) {
        this.sp = sp;
        this.kind = kind;
        this.group = group;
        this.conf = conf;
        return this;
    }
}
