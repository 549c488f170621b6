package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names44, rule passive-inside-report: `Ann Loy said the deal was agreed by all branches, "as we are always
 * united"`, `The mayor said the plan was announced by the council, "because ..."`. A quote appended after a comma to
 * a reported clause whose nearest verb of saying is a passive (`was agreed`, `was announced by`) continues the report
 * of the verb of saying before it, with its own subject: the thing agreed and the agent after `by` are what the
 * speaker talks about, not the speaker.
 */
final class ReportedPassives {
    private static final Set<String> BE = Lexicon.words("was were is are been being be");

    private final List<Tok> toks;
    private final Cues cueLex;
    private final Subjects subjects;

    ReportedPassives(Doc d) {
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
    }

    /**
     * The active verb of saying, with a subject, before the passive cue at {@code cue} in a sentence from ss, when the
     * quote opening at {@code open} follows a comma; else -1.
     */
    int reportingCue(int cue, int open, int ss) {
        if (open - 1 <= cue || !toks.get(open - 1).text.equals(",") || !passive(cue, ss)) {
            return -1;
        }
        for (int k = cue - 2; k > ss; k--) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || Words.isTerminal(t)) {
                return -1;
            }
            if (cueLex.isCueTok(k) && cueLex.isSpeech(k) && !passive(k, ss)) {
                int[] subj = subjects.subjectBefore(k, ss);
                return subj != null && subj[0] >= ss ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Session n51b, rule found-passive: `X was found hiding in a villa`, `the law was later found unlawful` (no `by`
     * after it): a passive `found` states what was found; its subject is no speaker and the clause no statement (else
     * X becomes the last speaker and takes the next `he said`).
     */
    static boolean foundPassive(List<Tok> toks, int cue, int ss, int se) {
        Tok b = cue - 1 > ss ? toks.get(cue - 1) : null; // `was found`, or one adverb between: `was later found`
        b = b != null && !BE.contains(b.low) && b.type == WORD && !b.cap ? toks.get(cue - 2) : b;
        return toks.get(cue).low.equals("found") && b != null && BE.contains(b.low)
                && !(cue + 1 <= se && toks.get(cue + 1).low.equals("by"));
    }

    /** `was agreed`, `were quickly confirmed`: a form of `be` right before the participle, or one adverb between. */
    private boolean passive(int cue, int ss) {
        Tok t = toks.get(cue);
        if (!(t.low.endsWith("ed") || t.low.equals("told") || t.low.equals("said")) || cue - 1 <= ss) {
            return false;
        }
        Tok b = toks.get(cue - 1);
        return BE.contains(b.low) || b.low.endsWith("ly") && cue - 2 > ss && BE.contains(toks.get(cue - 2).low);
    }
}
