package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * `In an interview last year, Vance said he welcomed the inquiry and added, "..."`: a verb of saying coordinated by
 * `and`/`but` with an earlier verb of saying in its sentence shares that verb's subject, however long the opener
 * before it or the clause in between.
 */
final class CoordinatedSpeech {
    /** How far back (in tokens) the earlier verb of saying may stand. */
    private static final int MAX_DISTANCE = 45;

    private final List<Tok> toks;
    private final Cues cueLex;
    private final Subjects subjects;

    CoordinatedSpeech(Doc d) {
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
    }

    /** The subject of the earlier verb of saying the cue is coordinated with, or null. */
    int[] sharedSubject(int cue, int ss) {
        int m = cue - 1;
        while (m > ss && toks.get(m).type == WORD && Lexicon.ADVERBS_AUX.contains(toks.get(m).low)) {
            m--; // `and also added`, `but then said`
        }
        if (m <= ss || !(toks.get(m).low.equals("and") || toks.get(m).low.equals("but"))) {
            return null;
        }
        for (int k = m - 1; k >= ss && cue - k <= MAX_DISTANCE; k--) {
            Tok t = toks.get(k);
            if (t.type == WORD && t.qrole == OUT && cueLex.isCueTok(k) && cueLex.isSpeech(k)
                    && !cueLex.isParticiple(k)) {
                int[] subj = subjects.subjectBefore(k, ss);
                if (subj == null || subj[0] < 0 || subj[0] > ss
                        && Words.SUBORDINATORS.contains(toks.get(subj[0] - 1).low)) {
                    return null; // `when my mother mentioned it, I laughed and said`: not the verb's partner
                }
                return subj;
            }
        }
        return null;
    }
}
