package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * A participle after a postposed verb of saying: `The crews will strike on Friday, Berg said on Monday, adding, "..."`,
 * `The fees are a tax, Holt said, noting the board "...".` The participle continues the verb of saying right before
 * its comma, so its subject is that verb's (`Berg`), not the sentence's (`The crews`), which the reported clause
 * opens with (PolNeAR marks the postposed speaker in each such use on train and dev).
 */
final class PostposedCueParticiples {
    private final List<Tok> toks;
    private final Cues cueLex;
    private final Subjects subjects;
    private final InvertedSubjects inverted;

    PostposedCueParticiples(Doc d) {
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
        this.inverted = d.inverted;
    }

    /** The subject of the postposed verb of saying the participle at {@code cue} follows, or null. */
    int[] subject(int cue, int ss) {
        int comma = cue - 1;
        if (comma <= ss || !toks.get(comma).text.equals(",")) {
            return null;
        }
        for (int v = comma - 1; v > ss + 2 && comma - v <= 6; v--) {
            Tok t = toks.get(v);
            if (t.type != WORD || t.qrole != OUT || t.low.equals("that")) {
                return t.text.equals(",") ? invertedSubject(comma, ss) : null; // else a clause of its own, or a quote
            }
            if (cueLex.isSpeech(v) && !cueLex.isParticiple(v)) {
                int[] subj = subjects.subjectBefore(v, ss);
                // the subject right after the comma that ends the reported clause: `..., Berg said`
                return subj != null && subj.length == 2 && subj[0] > ss + 1 && subj[1] == v - 1
                        && toks.get(subj[0] - 1).text.equals(",") ? subj : invertedSubject(comma, ss);
            }
        }
        return null;
    }

    /**
     * Rule inverted-postposed-participle (session n65f): `The storm flooded cellars, said Jonas Berg, a county
     * official, adding that crews were "...".` The postposed verb of saying is inverted and its subject carries an
     * appositive; the participle continues that verb, so its subject is the inverted one (`Jonas Berg`). Only a verb
     * of saying right after a comma, its subject right after it (`said Berg, adding`, `said the county, adding`), and
     * nothing but that subject and its comma-set appositive up to the participle's comma.
     */
    private int[] invertedSubject(int comma, int ss) {
        for (int v = comma - 1; v > ss + 2 && comma - v <= 16; v--) {
            Tok t = toks.get(v);
            if (t.qrole != OUT || t.type != WORD && !t.text.equals(",")) {
                return null;
            }
            if (t.type == WORD && cueLex.isCueTok(v)) {
                if (!cueLex.isSpeech(v) || cueLex.isParticiple(v) || !toks.get(v - 1).text.equals(",")) {
                    return null;
                }
                int[] inv = inverted.subjectAfter(v, comma - 1);
                return inv != null && inv.length == 2 && inv[0] == v + 1
                        && (inv[1] + 1 == comma || toks.get(inv[1] + 1).text.equals(",")) ? inv : null;
            }
        }
        return null;
    }
}
