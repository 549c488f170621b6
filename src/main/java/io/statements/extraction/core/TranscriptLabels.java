package io.statements.extraction.core;

import java.util.List;

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
        List<int[]> capsLabels = new java.util.ArrayList<>(); // [para, first token, end token]
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
                    && !Lexicon.NOT_SPEAKER_LABELS.contains(toks.get(nameStart).low)
                    && !NameEdges.rubric(toks, nameStart, k) // n73c: `Latest: ...`
                    && !(k == nameStart + 1 && ShoutedWords.shoutedAdverb(toks.get(nameStart))) // n67b: `FINALLY:`
                    && !(p == 0 && HeadlineTopicLabels.reportsOwnSpeech(toks, k, j))) { // n69e: `Fire: Judge says`
                boolean allCaps = true;
                for (int m = nameStart; m < k; m++) {
                    if (!toks.get(m).text.equals(toks.get(m).text.toUpperCase())) {
                        allCaps = false;
                    }
                }
                // all-caps speaker labels anywhere; Title Case labels only in a short first paragraph (headline)
                if (allCaps && words <= 4 && p > 0) {
                    if (!namesPlace(nameStart, k)) { // a known place is a dateline wherever it opens a paragraph
                        capsLabels.add(new int[]{p, nameStart, k, i, j});
                    }
                } else if ((allCaps && words <= 4 || (p == 0 && words <= 3 && j - i <= 30)) && !namesPlace(nameStart, k)) {
                    // lead48: a text whose first paragraph opens with its dateline (`JAKARTA: It was ...`) too
                    label(p, nameStart, k, i, j);
                }
            }
            i = j;
        }
        if (capsLabels.size() == 1 && capsLabels.get(0)[0] <= 3 && !firstPerson(capsLabels.get(0))) {
            return; // rule dateline-colon, below: `NEW DELHI: Union Minister ... said`, the only label
        }
        for (int[] l : capsLabels) {
            label(l[0], l[1], l[2], l[3], l[4]);
        }
    }

    /*
     * Rule dateline-colon (sessions names44, names45, lead46): Indian, Pakistani, Malaysian and African papers open the
     * body with the place in capitals and a colon (`NEW DELHI:`, `KUALA LUMPUR:`, `ABUJA:`): read as a speaker label,
     * the whole paragraph became the place's statement. A transcript labels several paragraphs and speaks in the first
     * person, so the only all-caps label of a text, in one of its first three body paragraphs and before a paragraph
     * with no first-person word, is a dateline, as is a label naming a known place anywhere; the paragraph is prose.
     */

    /** Marks paragraph p (tokens [from, to)) as a transcript paragraph labelled by tokens [nameStart, colon). */
    private void label(int p, int nameStart, int colon, int from, int to) {
        d.labelParas.put(p, new int[]{nameStart, colon - 1, colon});
        for (int m = from; m < to; m++) {
            toks.get(m).covered = true;
        }
    }

    /** First-person words: a transcript's turn speaks as I or we; a dateline's report does not (names44). */
    private static final java.util.Set<String> FIRST_PERSON = Lexicon.words("i we me us my our");

    /** Whether the paragraph after a label ([para, first, colon, from, to]) speaks in the first person. */
    private boolean firstPerson(int[] label) {
        for (int m = label[2] + 1; m < label[4]; m++) {
            if (toks.get(m).type == WORD && FIRST_PERSON.contains(toks.get(m).low)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the label [from, colon) names a known place (`NEW DELHI`, `DHAKA`, `KENYA`). */
    private boolean namesPlace(int from, int colon) {
        String label = d.s.substring(toks.get(from).s, toks.get(colon - 1).e);
        String low = Lexicon.lower(label);
        return Lexicon.PLACES.contains(low) || Lexicon.WORLD_PLACES.contains(low) || Lexicon.isRegion(label);
    }
}
