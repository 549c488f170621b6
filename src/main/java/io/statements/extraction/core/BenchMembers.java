package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66a, rule bench-of-named-judges: `"...," a bench comprising Chief Justice X and Justices Y and Z observed`,
 * `A panel headed by Justice X issued the directive`: a bench speaks as the court it sits in, so its words are the
 * court's, never those of the judge named last in the list of its members (the mention the cue found). The court is
 * the one the text named last before the mention ({@link CourtParts#lastCourt}); with none, the rule says nothing.
 */
final class BenchMembers {
    /** Heads that stand for a court's sitting judges. */
    private static final Set<String> BENCHES = Lexicon.words("bench panel");
    /** Words that open a bench's list of members: `a bench comprising`, `a panel headed by`, `a bench of`. */
    private static final Set<String> LINKS = Lexicon.words("comprising comprised consisting of headed led including");
    /** How many tokens back from the mention the bench's head may stand: a list of three titled names. */
    private static final int REACH = 24;

    private BenchMembers() {
    }

    /** The court whose bench's member list holds the name mention [a, b], as a speaker; else null. */
    static Speaker court(Doc d, int a, int b) {
        List<Tok> toks = d.toks;
        if (a < 3 || !toks.get(a).cap || toks.get(a).type != Tok.WORD) {
            return null; // the quick rejection: a bench's member is a capitalised name
        }
        int sent = toks.get(a).sent;
        for (int k = a - 1; k >= 1 && a - k <= REACH; k--) {
            Tok t = toks.get(k);
            if (t.sent != sent || t.qrole != Tok.OUT) {
                return null;
            }
            boolean memberOf = t.low.equals("of") && !BENCHES.contains(toks.get(k - 1).low)
                    && !LINKS.contains(toks.get(k - 1).low); // `Chief Justice of India`: inside a title
            if (LINKS.contains(t.low) && !t.cap && !memberOf) {
                int h = k - 1;
                if (LINKS.contains(toks.get(h).low) && h > 0) {
                    h--; // `a bench consisting of`, `a panel comprised of`
                }
                Tok head = toks.get(h);
                if (!BENCHES.contains(head.low) || head.cap) {
                    return null;
                }
                String court = CourtParts.lastCourt(d, toks.get(a).s);
                return court == null ? null : new Speaker(toks.get(a).s, toks.get(b).e,
                        d.s.substring(toks.get(a).s, toks.get(b).e), court, SpeakerKind.ORGANIZATION, null);
            }
            boolean member = t.type == Tok.WORD && (t.cap || t.low.equals("and") || t.low.equals("justices")
                    || t.low.equals("justice") || t.low.equals("judges") || t.low.equals("judge") || t.low.equals("by")
                    || t.low.equals("of")) || t.text.equals(",") || t.text.equals(".") || t.text.equals("(")
                    || t.text.equals(")");
            if (!member) {
                return null; // a verb or a lower-case word between: the name is no member of a bench's list
            }
        }
        return null;
    }
}
