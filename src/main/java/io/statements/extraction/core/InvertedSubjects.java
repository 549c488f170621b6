package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/** The subject after its verb: `said Maj. Gen. Igor Konashenkov, spokesperson for ...`, `said she`. */
final class InvertedSubjects {
    private final List<Tok> toks;
    private final Cues cueLex;

    InvertedSubjects(Doc d) {
        this.toks = d.toks;
        this.cueLex = d.cueLex;
    }

    /** [start, end] of the subject right after the verb at k, or null. */
    int[] subjectAfter(int k, int se) {
        int i = k + 1;
        if (i > se) {
            return null;
        }
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT) {
            return null;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
            return new int[]{i, i};
        }
        if (Lexicon.PREPOSITIONS.contains(t.low)) {
            return null; // `said of the senator, "..."`, `said on the call`: no subject there
        }
        int j = i;
        int lowers = 0;
        while (j <= se) {
            Tok w = toks.get(j);
            if (w.type != WORD || w.qrole != OUT) {
                if (w.type == PUNCT && w.text.equals("(")) {
                    int m = j;
                    while (m <= se && !toks.get(m).text.equals(")") && m - j < 8) {
                        m++;
                    }
                    if (m <= se && toks.get(m).text.equals(")")) {
                        j = m + 1;
                        continue;
                    }
                }
                break;
            }
            if (j > i && (Lexicon.PREPOSITIONS.contains(w.low) && !(j + 1 <= se && toks.get(j + 1).cap && w.low.equals("of")))
                    || Lexicon.CLAUSE_WORDS.contains(w.low) || cueLex.isCueTok(j) || Lexicon.TIME_WORDS.contains(w.low)) {
                break;
            }
            if (!w.cap && !Lexicon.DETERMINERS.contains(w.low)) {
                lowers++;
                if (lowers > 4) {
                    break;
                }
            }
            j++;
            if (j - i > 12) {
                break;
            }
        }
        if (j - 1 < i) {
            return null;
        }
        return new int[]{i, j - 1};
    }
}
