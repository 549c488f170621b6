package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule participle-host-subject (session n73d): `In her farewell statement she denied any fault, adding: "..."`: a
 * participle of saying after a comma hangs on the verb of saying before it in its sentence and shares its subject,
 * even when the sentence's subject could not be read as a whole (an opening phrase without a comma). Asked only when
 * no other rule found the participle a subject, so the quote no longer goes without a speaker.
 */
final class HostVerbSubjects {

    private HostVerbSubjects() {
    }

    /** The subject of the nearest finite cue verb (`said`, `denied`) before the participle at {@code cue}, or null. */
    static int[] of(Doc d, int cue, int ss) {
        List<Tok> toks = d.toks;
        if (cue - 1 <= ss || !toks.get(cue - 1).text.equals(",") || !d.cueLex.isParticiple(cue)) {
            return null;
        }
        for (int k = cue - 2; k > ss; k--) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || Words.isTerminal(t) || t.text.equals(";")) {
                return null;
            }
            if (t.type == WORD && d.cueLex.isCueTok(k) && !d.cueLex.isParticiple(k)) {
                int[] subj = d.subjects.subjectBefore(k, ss);
                return subj != null && subj[0] >= ss && subj[1] == k - 1 ? subj : null;
            }
        }
        return null;
    }
}
