package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule relayed-through-aside (session names47): `Governor X, who spoke through his press secretary, Y, on Tuesday
 * rejected`, `X, speaking through his spokeswoman, Y, said`, `X, through a spokesman, Y, declined to comment`: the
 * name after `through` (or `via`) inside a comma-enclosed aside is the one who carried the words, and the subject of
 * the verb after the aside is the host before it, whose words they are (a statement quoted later, `the statement
 * read`, follows its speaker). Only when a name stands right before the aside's opening comma.
 */
final class RelayAsides {
    private static final Set<String> RELAY_PREPOSITIONS = Lexicon.words("through via");

    private RelayAsides() {
    }

    /** The host's range when {@code apposed} is the name or description after `through` in an aside; else null. */
    static int[] host(List<Tok> toks, int[] apposed, int ss, Subjects subjects) {
        int p = apposed[0] - 1, commas = 0;
        while (p > ss && apposed[0] - p <= 8 && !RELAY_PREPOSITIONS.contains(toks.get(p).low)) {
            Tok t = toks.get(p);
            if (t.qrole != OUT || t.type != WORD && !(t.text.equals(",") && ++commas == 1)) {
                return null; // `his press secretary, Y`: one comma between a description and its name
            }
            p--;
        }
        if (p <= ss || !RELAY_PREPOSITIONS.contains(toks.get(p).low) || toks.get(p).cap) {
            return null;
        }
        int m = p - 1;
        while (m > ss && p - m <= 5 && toks.get(m).type == WORD && !toks.get(m).cap && toks.get(m).qrole == OUT) {
            m--; // `who spoke`, `speaking`, `who responded only`
        }
        if (m <= ss || !toks.get(m).text.equals(",") || toks.get(m).qrole != OUT) {
            return null;
        }
        int[] np = subjects.npEndingAt(m - 1, ss);
        return np != null && np[1] == m - 1 && toks.get(np[1]).cap ? new int[]{np[0], np[1]} : null;
    }
}
