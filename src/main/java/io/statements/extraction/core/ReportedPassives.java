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
        if (open - 1 <= cue || !toks.get(open - 1).text.equals(",")) {
            return -1;
        }
        return reporterOf(cue, ss);
    }

    /**
     * n73d: the active verb of saying, with a subject, before the passive cue at {@code cue} (`X said the verdict would
     * be welcomed by his relatives`: X reports the passive), or -1 when the cue is no passive or none stands before it.
     */
    int reporterOf(int cue, int ss) {
        if (!passive(cue, ss)) {
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

    /** How many words a place or time phrase between a passive verb and `by` may have. */
    private static final int ADJUNCT = 4;
    private static final Set<String> ADJUNCT_PREPS = Lexicon.words("in at on during to before after");
    /** Irregular past participles that take their own agent inside the phrase. */
    private static final Set<String> PARTICIPLES = Lexicon.words("""
            held written given made taken done led run set sent shown seen known brought put kept told said hosted
            chaired organised organized""");

    /**
     * `X was criticized by Y`, `X was backed by most of the growers`: a passive cue, whose agent is the source; the
     * token `by`, else -1 (moved out of {@link ReportedSpeechSieve}). Session n67c, rule passive-agent-after-adjunct:
     * a place or time phrase may stand between a passive verb and its agent (`The arrest was announced in parliament
     * by Prime Minister X`) when a form of `be` makes the clause passive ({@code passive}): up to {@link #ADJUNCT}
     * words opening with a preposition, no punctuation, no quote.
     */
    static int agentBy(List<Tok> toks, int cue, int se, boolean passive) {
        if (cue + 2 > se || !toks.get(cue).low.endsWith("ed")) {
            return -1;
        }
        if (toks.get(cue + 1).low.equals("by")) {
            return cue + 1;
        }
        if (!passive || !ADJUNCT_PREPS.contains(toks.get(cue + 1).low)) {
            return -1; // quick rejection: most passives have their agent right after the verb, or none
        }
        for (int k = cue + 2; k < se && k <= cue + 1 + ADJUNCT; k++) {
            Tok t = toks.get(k);
            if (t.low.equals("by")) {
                return k;
            }
            if (t.type != WORD || t.qrole != OUT || t.low.endsWith("ed") || PARTICIPLES.contains(t.low)) {
                return -1; // a comma or a quote ends the phrase; `in an affidavit written by X`, `a lunch held by
                // X`: the agent of another participle
            }
        }
        return -1;
    }
}
