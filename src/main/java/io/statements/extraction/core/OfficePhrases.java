package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n66c, rule office-phrase-no-name: `the Member of Parliament for Eastbay Constituency`, `the Minister for
 * Home Affairs`, `the Chairman of the Harbour Board`: an office word, then `of` or `for` and the office's field, body
 * or seat, with no person's name after it, is a title held by someone, not the name of a person or a body (the run
 * had been read as a body, `Parliament` being a body's word, or as a person called `Home Affairs`). Only when the run
 * ends in a body's word, a place, a portfolio or an electoral area, and holds no known first name (a holder named after
 * the office, `Minister for Health Ana Roe`, is the other rules').
 */
final class OfficePhrases {
    private static final Set<String> SEATS = Lexicon.words("""
            constituency district ward riding division electorate county province state region seat affairs health
            finance defence defense justice education security interior trade industry transport energy environment
            labour labor agriculture tourism housing""");

    private OfficePhrases() {
    }

    /** Whether the run [a, b] is an office and its field only, no name. */
    static boolean titleOnly(List<Tok> toks, int a, int b) {
        if (a < b && toks.get(a).low.equals("the")) {
            a++;
        }
        if (b - a < 2) {
            return false;
        }
        Tok office = toks.get(a), link = toks.get(a + 1);
        if (!link.low.equals("of") && !link.low.equals("for") || !office.cap
                || !RoleRunNames.roleWord(office) && !office.low.equals("member")) {
            return false; // quick rejection: most runs hold no office word right before `of` or `for`
        }
        for (int k = a + 2; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap && !t.has(WordBits.NAME_RUN_LINK) && !t.low.equals("the")
                    || t.cap && PersonGenders.isFirstName(t.low)) {
                return false;
            }
        }
        String last = Words.stripPossessive(toks.get(b).text).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.ORG_WORDS.contains(last) || SEATS.contains(last) || Lexicon.PLACES.contains(last)
                || Lexicon.REGIONS.contains(last);
    }
}
