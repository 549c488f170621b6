package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule title-qualifier-parenthesis (session n61a): sports bodies, companies, armies and civil services qualify an
 * office in brackets between the title and the holder's name: `General Manager (Integrity) Ana Ruiz`, `Director
 * (Operations) Tom Hale`, `Brig (retd) Omar Said`, `Chief Engineer (Roads) Lena Park`. The bracket belongs to the title,
 * so the person is the capitalised name after it (the mention had been cut at the bracket, leaving the title as the
 * name). Only after a title word, with a short bracket of words and a name of one to four name words closing the
 * mention; a bracket after a name (`Ana Ruiz (Labour)`) or holding an acronym of a body is not this.
 */
final class ParenthesisedTitles {
    private ParenthesisedTitles() {
    }

    /** The first token of the holder's name closing the mention [a, b] after a bracketed qualifier, or -1. */
    static int nameStart(List<Tok> toks, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (!toks.get(k).text.equals("(")) {
                continue;
            }
            Tok title = toks.get(k - 1);
            if (title.type != WORD || !title.cap || !(Lexicon.TITLES.contains(title.low) || RoleWords.isRole(title))) {
                return -1;
            }
            int m = k + 1;
            while (m < b && m - k <= 4 && toks.get(m).type == WORD && !Words.isAcronym(toks.get(m).text)) {
                m++;
            }
            if (m == k + 1 || m >= b || !toks.get(m).text.equals(")") || b - m > 4) {
                return -1;
            }
            for (int n = m + 1; n <= b; n++) {
                Tok w = toks.get(n);
                if (w.type != WORD || !LongTitleNames.nameWord(w) && !initial(w)) {
                    return -1;
                }
            }
            return LongTitleNames.nameWord(toks.get(b)) ? m + 1 : -1;
        }
        return -1;
    }

    /** `K.` in `Ana K. Ruiz`. */
    private static boolean initial(Tok t) {
        return t.text.length() == 2 && t.text.endsWith(".") && Character.isUpperCase(t.text.charAt(0));
    }
}
