package io.statements.extraction.core;

import java.util.List;
import java.util.Map;

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
                    for (int m = i; m < j; m++) {
                        toks.get(m).covered = true;
                    }
                }
            }
            i = j;
        }
        dropColonDateline();
    }

    /** First-person words: a transcript's turn speaks as I or we; a dateline's report does not. */
    private static final java.util.Set<String> FIRST_PERSON = Lexicon.words("i we me us my our");

    /**
     * Session names44, rule colon-dateline: `NEW DELHI: Opposition leader ... accused ...` opens an article's first
     * body paragraphs with the place it was filed from, as `LAGOS -` does: a label in capitals used only once, in one
     * of the first four paragraphs, before a paragraph with no first-person word, is a dateline, not a speaker.
     */
    private void dropColonDateline() {
        if (d.labelParas.size() != 1) {
            return; // a transcript repeats its labels
        }
        Map.Entry<Integer, int[]> only = d.labelParas.entrySet().iterator().next();
        int p = only.getKey();
        int[] lp = only.getValue();
        if (p == 0 || p > 3 || lp[1] - lp[0] > 2) {
            return;
        }
        int m = lp[2] + 1;
        for (; m < toks.size() && toks.get(m).para == p; m++) {
            if (toks.get(m).type != WORD || !FIRST_PERSON.contains(toks.get(m).low)) {
                continue;
            }
            return;
        }
        d.labelParas.remove(p);
        for (int k = lp[0]; k < m; k++) {
            toks.get(k).covered = false;
        }
    }
}
