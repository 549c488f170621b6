package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n74e, rule possessed-claim-clause: `such as Mayor Ann Loy's blunt claim that the town would get "not a
 * penny"`: a quote a few words into the `that` clause of a noun of saying owned by a name (`X's claim that`, `X's
 * warning that`, one adjective allowed between) is that name's, though the sentence has no verb of saying. Without
 * this rule the quote fell to the sentence's subject or to nobody. {@link PossessedClaims} reads the same owner when
 * a verb of saying comes first; this sieve is for the cue-less quote, and runs before the sentence-subject guess.
 */
final class PossessedClaimSieve extends Rules implements QuoteSieve {

    /** Words between `that` and the quote: a subject, an auxiliary, a verb and a word (`that there was`). */
    private static final int CLAUSE_REACH = 5;

    PossessedClaimSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "possessed-claim";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int that = -1;
        for (int m = c.q.open - 1; m > c.ss && c.q.open - m <= CLAUSE_REACH + 1; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.text.equals(",") || cueLex.isCueTok(m)) {
                return false;
            }
            if (t.low.equals("that")) {
                that = m;
                break;
            }
        }
        if (that < 0 || !PossessedClaims.NOUNS.contains(toks.get(that - 1).low)) {
            return false;
        }
        int owner = that - 2;
        if (owner > c.ss && !Words.endsWithPossessive(toks.get(owner)) && toks.get(owner).type == WORD
                && !toks.get(owner).cap) {
            owner--; // `X's public statement that`: one adjective
        }
        Tok o = owner >= c.ss ? toks.get(owner) : null;
        if (o == null || o.qrole != OUT || !o.cap || !Words.endsWithPossessive(o)) {
            return false;
        }
        int[] np = subjects.npEndingAt(owner, c.ss);
        int run = owner;
        while (run - 1 >= c.ss && toks.get(run - 1).cap && toks.get(run - 1).type == WORD) {
            run--;
        }
        if (np != null) {
            np[0] = Math.max(np[0], run); // `a fact-check on Ann Loy's claim`: the mention is the name
        }
        Speaker sp = np == null ? null : resolver.resolve(np[0], np[1]);
        if (sp == null || sp.name() == null) {
            return false;
        }
        Stmt st = c.st.decide(sp, StatementKind.PARTIAL, d.newGroup(), 0.6);
        st.ls = toks.get(that + 1).s; // the `that` clause up to the quote, as PolNeAR marks a partial quote's unit
        st.cueS = toks.get(that - 1).s;
        st.cueE = toks.get(that - 1).e;
        return true;
    }
}
