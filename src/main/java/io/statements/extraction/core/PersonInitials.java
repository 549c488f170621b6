package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule titled-initials (session n61a): South Asian and British copy writes a person's given names as initials,
 * `Justice AK Verma`, `Mr P.K. Rao`, `Dr MS Iyer`: two or three capitals (or dotted single letters) read as an
 * acronym, and an acronym made the whole run an organisation (`Justice AK Verma` was an organisation named so). After
 * a person's title and before one or two words of a surname, the capitals are initials, not a body. Without a title
 * before them (`BBC Sport`, `ICC Cricket`) they stay an acronym.
 */
final class PersonInitials {
    private PersonInitials() {
    }

    /** Whether the token at {@code k} of the run [a, b] is a person's initials between a title and a surname. */
    static boolean at(List<Tok> toks, int a, int k, int b) {
        if (k <= a || k >= b || b - k > 2 || !initials(toks.get(k).text)) {
            return false;
        }
        Tok title = toks.get(k - 1);
        if (!Lexicon.TITLES.contains(title.low) && !Lexicon.TITLES.contains(title.low.replace(".", ""))) {
            return false;
        }
        for (int n = k + 1; n <= b; n++) {
            if (toks.get(n).type != WORD || !LongTitleNames.nameWord(toks.get(n))) {
                return false;
            }
        }
        return true;
    }

    /** `AK`, `MSK`, `A.K.`, `P.K.R.`: two or three capitals, bare or each with a full stop. */
    static boolean initials(String w) {
        // read by hand as the patterns `[A-Z]{2,3}` and `([A-Z]\\.){2,3}` read it: String.matches compiled both for
        // every word asked (session n74s)
        int n = w.length();
        if (n == 2 || n == 3) {
            for (int i = 0; i < n; i++) {
                if (w.charAt(i) < 'A' || w.charAt(i) > 'Z') {
                    return false;
                }
            }
            return true;
        }
        if (n != 4 && n != 6) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            if (w.charAt(i) < 'A' || w.charAt(i) > 'Z' || w.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }
}
