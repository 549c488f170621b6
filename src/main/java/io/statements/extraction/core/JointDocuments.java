package io.statements.extraction.core;

import java.util.List;

/**
 * Session n74c, rule joint-document-antecedent: `the statement` that takes up a joint one named shortly before (`The
 * envoy read out a joint statement after the talks. "...," the statement said.`) is that joint statement, so no single
 * party speaks it: when neither a statement of the parties naming it (`In a joint statement, A, B and C said`: the
 * first listed) nor a sentence saying who issued it gives an author, it stays unnamed, never falling back to the
 * organisation named last or to whoever spoke before. Only the latest mention of the noun counts, within a few
 * sentences: a later `a statement of its own` by one party is that party's.
 */
final class JointDocuments {
    /** How many sentences before the mention's own the joint mention may stand. */
    private static final int SENTENCES_BACK = 4;

    private JointDocuments() {
    }

    /** Whether the definite document mention at token {@code a} with head {@code noun} refers back to a joint one. */
    static boolean takesUpJoint(Doc d, int a, String noun) {
        List<Tok> toks = d.toks;
        if (!toks.get(a).low.equals("the")) {
            return false;
        }
        int sent = toks.get(a).sent;
        for (int k = a - 1; k >= 0 && toks.get(k).sent >= sent - SENTENCES_BACK; k--) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.qrole != Tok.OUT || !t.low.equals(noun)) {
                continue;
            }
            int first = k;
            while (first > 0 && k - first < 3 && toks.get(first - 1).type == Tok.WORD
                    && toks.get(first - 1).sent == t.sent && !toks.get(first - 1).cap) {
                first--;
            }
            return DocumentIssuers.joint(toks, first, k);
        }
        return false;
    }
}
