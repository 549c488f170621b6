package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n66c, rule place-aside-after-subject: `The High Court, in Westvale, ruled that ...`, `The Harbour Board, at
 * its offices in Dunmore, said`: a name opened by `the` and closed by a comma, then a place phrase set off by commas,
 * then the verb: the name is the subject and the place an aside. The subject finder read `The High Court,` as an
 * introductory phrase and the place after `in` as the subject (a city as the speaker). An introductory phrase before
 * a subject never opens with `the` and ends in a capitalised name; a time phrase (`The next day, in Westvale, Holt
 * said`) ends in a lower-case word, and a subject after the aside (`..., in Westvale, Holt said`) is no lower-case verb.
 */
final class PlaceAsides {
    private static final Set<String> LOCATIVES = Lexicon.words("in at from near outside inside");

    private PlaceAsides() {
    }

    /** The subject's start: {@code start} when [start, i) is `The Name,` and a place aside follows at i; else i. */
    static int subjectStart(List<Tok> toks, int start, int i, int limit) {
        if (i <= start + 2 || i > limit || !LOCATIVES.contains(toks.get(i).low) || !toks.get(start).low.equals("the")
                || !toks.get(i - 1).text.equals(",") || !toks.get(i - 2).cap || toks.get(i - 2).type != WORD) {
            return i; // quick rejection: most introductory phrases are no `The Name,` before `in`
        }
        for (int k = i + 1; k <= limit && k - i <= 8; k++) {
            Tok t = toks.get(k);
            if (t.text.equals(",")) {
                Tok verb = k + 1 <= limit ? toks.get(k + 1) : null;
                return k > i + 1 && verb != null && verb.type == WORD && !verb.cap && verb.qrole == OUT
                        && !Lexicon.DETERMINERS.contains(verb.low) && !Lexicon.SUBJECT_PRONOUNS.contains(verb.low)
                        ? start : i;
            }
            if (t.type != WORD || t.qrole != OUT) {
                return i;
            }
        }
        return i;
    }
}
