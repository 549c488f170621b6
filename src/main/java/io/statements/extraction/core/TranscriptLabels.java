package io.statements.extraction.core;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Stage 5: transcript paragraphs that open with a speaker label (`PENCE: ...`). */
final class TranscriptLabels {
    private final Doc d;
    private final List<Tok> toks;

    TranscriptLabels(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    void markTranscriptParagraphs() {
        int size = toks.size();
        Map<Integer, int[]> spans = new TreeMap<>(); // para -> [first token, end token]
        int i = 0;
        while (i < size) {
            int p = toks.get(i).para;
            int j = i;
            while (j < size && toks.get(j).para == p) {
                j++;
            }
            int k = i;
            if (toks.get(k).type == DQ) {
                k++;
            }
            int nameStart = k;
            int words = 0;
            boolean ok = true;
            while (k < j && toks.get(k).type == WORD && words < 5) {
                Tok t = toks.get(k);
                if (!t.cap && !t.low.equals("of") && !t.low.equals("de")) {
                    ok = false;
                    break;
                }
                words++;
                k++;
            }
            if (ok && words >= 1 && k < j && toks.get(k).text.equals(":") && j - k > 3
                    && !Lexicon.NOT_SPEAKER_LABELS.contains(toks.get(nameStart).low)) {
                boolean allCaps = true;
                for (int m = nameStart; m < k; m++) {
                    if (!toks.get(m).text.equals(toks.get(m).text.toUpperCase())) {
                        allCaps = false;
                    }
                }
                // all-caps speaker labels anywhere; Title Case labels only in a short first paragraph (headline)
                if (allCaps && words <= 4 || (p == 0 && words <= 3 && j - i <= 30)) {
                    d.labelParas.put(p, new int[]{nameStart, k - 1, k});
                    spans.put(p, new int[]{i, j});
                }
            }
            i = j;
        }
        dropDatelines(spans);
        for (int[] span : spans.values()) {
            for (int m = span[0]; m < span[1]; m++) {
                toks.get(m).covered = true;
            }
        }
    }

    /**
     * Rule dateline-colon (lead, session 46): outlets in South Asia, Africa and the Gulf open the first body paragraph
     * with a capitalised dateline and a colon (`NEW DELHI: The prime minister on Sunday ...`). Such a paragraph is
     * prose, not a transcript line spoken by "New Delhi": a label that names a known place, or the only label of the
     * article when it opens one of the first body paragraphs, is a dateline. A transcript has several labels.
     */
    private void dropDatelines(Map<Integer, int[]> spans) {
        boolean single = spans.size() == 1;
        spans.keySet().removeIf(p -> {
            int[] lp = d.labelParas.get(p);
            String label = d.s.substring(toks.get(lp[0]).s, toks.get(lp[1]).e);
            String low = Lexicon.lower(label);
            boolean place = Lexicon.PLACES.contains(low) || Lexicon.WORLD_PLACES.contains(low) || Lexicon.isRegion(label);
            boolean early = p >= 1 && p <= 2 && single;
            if (place || early) {
                d.labelParas.remove(p);
                return true;
            }
            return false;
        });
    }
}
