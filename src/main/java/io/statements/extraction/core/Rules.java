package io.statements.extraction.core;

import java.util.List;

/** What every sieve works with: the document and the rule helpers built on it. */
abstract class Rules {
    final Doc d;
    final String s;
    final List<Tok> toks;
    final Cues cueLex;
    final Subjects subjects;
    final InvertedSubjects inverted;
    final Complements complements;
    final Clauses clauses;
    final SpeakerResolver resolver;

    Rules(Doc d) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
        this.inverted = d.inverted;
        this.complements = d.complements;
        this.clauses = d.clauses;
        this.resolver = d.resolver;
    }

    /** Decides the candidate as a whole direct quote of {@code sp}, introduced by the cue token {@code cue}. */
    final boolean direct(QuoteCandidate c, Speaker sp, double conf, int cue) {
        Stmt st = c.st.decide(sp, StatementKind.DIRECT, d.newGroup(), conf);
        st.cueS = toks.get(cue).s;
        st.cueE = toks.get(cue).e;
        return true;
    }
}
