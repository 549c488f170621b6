package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Words.stripPossessive;

/**
 * Rule honorific-couple (session n67e): `Mr and Mrs Marsh said`, `Dr. and Mrs. Marsh`: the honorifics of a couple share
 * the surname written once after the second, so the first conjunct is no name of its own (it had become `Mr and
 * <wife's full name>`, or `Mr and <the surname's other bearer>`). The couple speaks together: a GROUP named by the
 * surname, an accepted form of both.
 */
final class HonorificCouples {
    private HonorificCouples() {
    }

    private static final Set<String> FIRST = Set.of("mr", "mr.", "dr", "dr.", "prof", "prof.");
    private static final Set<String> SECOND = Set.of("mrs", "mrs.", "ms", "ms.", "mr", "mr.", "dr", "dr.");

    /** Token {@code k} is a bare first honorific (`Mr`) with `and` and a second honorific (`Mrs`) right after it. */
    static boolean opens(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        return t.cap && FIRST.contains(t.low) && k + 3 < toks.size()
                && (toks.get(k + 1).low.equals("and") || toks.get(k + 1).text.equals("&"))
                && toks.get(k + 2).cap && SECOND.contains(toks.get(k + 2).low) && toks.get(k + 3).cap;
    }

    /** The couple opening at token {@code k} (see {@link #opens}) whose second conjunct ends at char {@code me}. */
    static Speaker couple(Doc d, int k, int me) {
        int last = d.tokenAt(me - 1);
        if (last < k + 3 || d.toks.get(last).type != Tok.WORD) {
            return null;
        }
        String surname = stripPossessive(d.toks.get(last).text);
        int ms = d.toks.get(k).s;
        return new Speaker(ms, me, d.s.substring(ms, me), surname, SpeakerKind.GROUP, null);
    }
}
