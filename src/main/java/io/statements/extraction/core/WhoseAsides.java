package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n63b, rule whose-aside-not-subject: `"...," Ida Rowe, whose brother, Tal Rowe, drowned in May, told the
 * paper`: a name in apposition to the noun of a `whose` clause (`whose son, X`, `whose lawyer, X`) is the relative
 * clause's own person (often a victim or a relative spoken about), not the subject of the verb after it; the subject
 * is the name the `whose` clause hangs on. Only a `whose` right after a comma, its noun phrase of at most three
 * lower-case words, and a capitalised name before that comma.
 */
final class WhoseAsides {

    private WhoseAsides() {
    }

    /** The host name of a `whose` clause whose appositive is {@code apposed}; null when it is no such appositive. */
    static int[] host(List<Tok> toks, int[] apposed, int ss, Subjects subjects) {
        int p = apposed[0] - 1;
        if (p <= ss || !toks.get(p).text.equals(",")) {
            return null;
        }
        int m = p - 1;
        while (m > ss && p - m <= 4 && toks.get(m).type == WORD && !toks.get(m).cap && toks.get(m).qrole == OUT
                && !toks.get(m).low.equals("whose")) {
            m--; // `whose son`, `whose eldest son`
        }
        if (m <= ss + 1 || m == p - 1 || !toks.get(m).low.equals("whose") || !toks.get(m - 1).text.equals(",")) {
            return null;
        }
        int[] np = subjects.npEndingAt(m - 2, ss);
        return np != null && np[1] == m - 2 && toks.get(np[1]).cap ? new int[]{np[0], np[1]} : null;
    }
}
