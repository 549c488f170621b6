package io.statements.extraction.core;

import java.util.List;

/**
 * Rule repeated-speaker-nesting (session names28): `Reyes said on Monday that he will table his own plan after
 * attacking a bill that Reyes said would make the harbour "a ghost town."`: a verb of saying inside the reported
 * clause of another whose subject is the same name is that speaker again, and the quote belongs to the outer
 * attribution with its whole clause (PolNeAR marks the outer one), not to a statement of its own.
 */
final class RepeatedSpeakerNesting {

    private RepeatedSpeakerNesting() {
    }

    /** Whether the inner subject could repeat an outer speaker: a capitalised name of one or two words. */
    static boolean mayRepeat(List<Tok> toks, int[] inner) {
        return inner[0] >= 0 && inner.length < 3 && inner[1] - inner[0] <= 1 && toks.get(inner[1]).cap
                && toks.get(inner[0]).cap;
    }

    /**
     * Whether the inner subject could repeat an outer speaker and its last word stands earlier in the sentence: the
     * cheap test before looking for the outer verb (most named subjects of a verb of saying are named once).
     */
    static boolean repeatsEarlierName(List<Tok> toks, int[] inner, int ss) {
        if (!mayRepeat(toks, inner)) {
            return false;
        }
        String last = toks.get(inner[1]).text;
        for (int k = inner[0] - 1; k >= ss; k--) {
            if (toks.get(k).text.equals(last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the inner subject ends with the same capitalised word as the outer one (`Reyes` after `Tom Reyes`). */
    static boolean sameName(List<Tok> toks, int[] inner, int[] outer) {
        if (outer == null || outer[0] < 0 || !mayRepeat(toks, inner)) {
            return false;
        }
        Tok a = toks.get(inner[1]), b = toks.get(outer[1]);
        return a.type == Tok.WORD && b.type == Tok.WORD && a.cap && a.text.equals(b.text);
    }
}
