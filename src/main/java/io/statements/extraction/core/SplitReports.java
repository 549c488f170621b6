package io.statements.extraction.core;

import java.util.BitSet;

/**
 * Rule page-break-report (session n50g): a page or a web template breaks a report after its cue, the paragraph ending
 * `"...," said` or `"...", according to` with the speaker opening the next (`said` / blank line / `Health Minister X
 * Y, speaking on Friday.`). A paragraph ends no sentence on a cue that waits for its subject, so such a break is no
 * paragraph: the report runs on across it. Only after a quote's close or a comma, and only before a capitalised word.
 */
final class SplitReports {

    private SplitReports() {
    }

    /** The offsets of the line breaks in {@code s} that split a report after its cue; null when there are none. */
    static BitSet breaks(String s) {
        BitSet out = null;
        int n = s.length();
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
            int end = nl;
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            int cue = cueStart(s, end);
            if (cue < 0) {
                continue;
            }
            int next = nl;
            while (next < n && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            if (next >= n || !Character.isUpperCase(s.charAt(next))) {
                continue;
            }
            out = out == null ? new BitSet() : out;
            for (int k = nl; k < next; k++) {
                if (s.charAt(k) == '\n') {
                    out.set(k);
                }
            }
            nl = next - 1;
        }
        return out;
    }

    /** Where the cue ending the line at {@code end} starts (`said`, `says`, `according to`), -1 when it ends none. */
    private static int cueStart(String s, int end) {
        int start = -1;
        for (String cue : CUES) {
            if (end >= cue.length() + 2 && s.startsWith(cue, end - cue.length())) {
                start = end - cue.length();
                break;
            }
        }
        if (start < 0 || s.charAt(start - 1) != ' ') {
            return -1;
        }
        char before = s.charAt(start - 2);
        return before == ',' || before == '"' || before == '\u201d' || before == '\u2019' ? start : -1;
    }

    private static final String[] CUES = {"said", "says", "according to"};
}
