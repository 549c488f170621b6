package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * `his campaign`, `the campaign` as speakers (session names16; issue 12's `"the ministry" → the organisation named
 * earlier`): when no organisation named before holds the word ({@link NameIndex#findOrg}), a campaign is a
 * candidate's: `his campaign` the pronoun's (of its known gender), `the campaign` the one last written as `Sanders'
 * campaign`, `her campaign` or `the Clinton campaign` in the body. Tried and left out: `the company`, `the group`, `the
 * newspaper` as the organisation named last, which was wrong twice as often as right (a school, a bank, a department
 * named in between).
 */
final class OrgAnaphora {
    /** How far back (in characters) `the campaign` looks for whose campaign it is. */
    private static final int CAMPAIGN_REACH = 3000;

    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;

    OrgAnaphora(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = resolver;
    }

    /** The organisation the mention [a, end] (head at end) stands for, or null. */
    String find(int a, int end, String head, int ms) {
        String named = d.names.findOrg(head, ms);
        if (named != null || end > a + 3) {
            return named;
        }
        return head.equals("campaign") ? campaign(a, end, ms) : null;
    }

    private boolean definite(int a, int end) {
        if (!toks.get(a).low.equals("the")) {
            return false;
        }
        for (int k = a + 1; k < end; k++) {
            if (toks.get(k).type != WORD || toks.get(k).cap) {
                return false; // `the Harbour group`: a name the other rules read
            }
        }
        return true;
    }

    /** `his campaign` / `the campaign` (head at end): the candidate's name and `campaign`, or null. */
    private String campaign(int a, int end, int ms) {
        String owner = ownerBefore(end);
        if (owner == null && definite(a, end)) {
            for (int k = a - 1; k > 0 && ms - toks.get(k).s < CAMPAIGN_REACH && owner == null; k--) {
                if (toks.get(k).low.equals("campaign") && toks.get(k).qrole == OUT && toks.get(k).para > 0) {
                    owner = ownerBefore(k);
                }
            }
        }
        return owner == null ? null : owner + " campaign";
    }

    /** Who owns the `campaign` at k: `his`/`her` resolved, `Sanders'`/`Clinton` a person's name; else null. */
    private String ownerBefore(int k) {
        Tok t = toks.get(k - 1);
        if (t.low.equals("his") || t.low.equals("her")) {
            Speaker sp = resolver.resolvePossessivePronoun(k - 1);
            Character want = t.low.equals("his") ? 'M' : 'F';
            return sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null && sp.name().contains(" ")
                    && want.equals(d.genders.of(sp.name())) ? sp.name() : null; // `Her campaign` is no man's
        }
        if (t.type != WORD || !t.cap) {
            return null;
        }
        Name nm = d.names.classify(k - 1, k - 1);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")
                ? nm.canonical : null;
    }
}
