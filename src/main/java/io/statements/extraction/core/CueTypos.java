package io.statements.extraction.core;

import java.util.List;

/**
 * Session n51f, typos between a subject and its verb of saying, for {@link Subjects#subjectBefore}: rule
 * doubled-cue-verb (`Hanne Lyster, a lawyer for the families, said said: "..."`: the verb written twice, whose first
 * copy had been read as the subject) and rule stray-subject-comma (`Youth club leader Oskar Brennvik, told reporters:
 * "..."`: a comma between a name opening the sentence and its verb, where no appositive follows). Not an inverted
 * `..., said Ann Loy` (a capital after the verb) nor a phrase that does not open its sentence (`In Talmouth, told`).
 */
final class CueTypos {

    private CueTypos() {
    }

    /** The first copy of the verb at k when the word before it is the same word (`said said`), else k. */
    static int undoubled(List<Tok> toks, int k, int ss) {
        Tok t = toks.get(k), p = k - 1 > ss ? toks.get(k - 1) : null;
        return p != null && t.type == Tok.WORD && p.type == Tok.WORD && p.qrole == Tok.OUT && p.low.equals(t.low)
                ? k - 1 : k;
    }

    /** The name opening the sentence at ss and ending right before the comma at k - 1, or null. */
    static int[] strayComma(List<Tok> toks, int comma, int k, int ss, Subjects subjects) {
        if (comma != k - 1 || comma - 1 < ss || k + 1 >= toks.size()) {
            return null;
        }
        Tok last = toks.get(comma - 1), next = toks.get(k + 1);
        if (last.type != Tok.WORD || !last.cap || next.cap && next.type == Tok.WORD) {
            return null; // `..., said Ann Loy`: the subject comes after its verb
        }
        int first = comma - 1; // a capitalised run of two words at least: a name, not `Sanders wins R.I., vows`
        while (first - 1 >= ss && toks.get(first - 1).cap && toks.get(first - 1).type == Tok.WORD) {
            first--;
        }
        int[] np = first < comma - 1 ? subjects.npEndingAt(comma - 1, ss) : null;
        return np != null && np[0] == ss && np[1] > np[0] ? np : null;
    }
}
