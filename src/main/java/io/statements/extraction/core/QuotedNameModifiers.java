package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule quoted-show-modifier (session n65f): `said "Morning Sports" presenter Ralf Ostby`, `said "Harbour Watch" host
 * Ida Berg`. A programme, column or book named in quotation marks may modify the role noun of an inverted subject;
 * the quoted name is no quote and no clause said, and the subject is the role and the name after it. Only a short
 * quoted stretch of capitalised words (1 to 5) with a role word or a capitalised word right after its closing mark and
 * a capitalised word within the next three: `said "it was over" and left` stays no subject.
 */
final class QuotedNameModifiers {
    private QuotedNameModifiers() {
    }

    /** The first token after the quoted name opening at {@code open}, or -1. */
    static int after(List<Tok> toks, int open, int se) {
        Tok o = toks.get(open);
        if (o.type == WORD || o.qrole != OPEN) {
            return -1;
        }
        int k = open + 1;
        while (k <= se && k - open <= 6 && toks.get(k).type == WORD) {
            if (!toks.get(k).cap && !Character.isDigit(toks.get(k).text.charAt(0))) {
                return -1;
            }
            k++;
        }
        if (k == open + 1 || k > se || k - open > 6 || toks.get(k).qrole != CLOSE || toks.get(k).type == WORD) {
            return -1;
        }
        int next = k + 1;
        if (next > se || toks.get(next).type != WORD || toks.get(next).qrole != OUT) {
            return -1;
        }
        for (int n = next; n <= se && n - next < 4; n++) {
            Tok t = toks.get(n);
            if (t.type != WORD || t.qrole != OUT) {
                return -1;
            }
            if (t.cap && (n > next || RoleWords.isRole(toks.get(next)) || toks.get(next).cap)) {
                return next;
            }
        }
        return -1;
    }
}
