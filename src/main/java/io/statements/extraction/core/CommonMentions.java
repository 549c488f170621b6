package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Words.isNumber;

/** The words of a common-noun mention (`the two analysts` -> `analysts`), as a speaker's description. */
final class CommonMentions {

    private CommonMentions() {
    }

    static String clean(String s, List<Tok> toks, int a, int b) {
        int a2 = a;
        while (a2 < b && (Lexicon.DETERMINERS.contains(toks.get(a2).low) || isNumber(toks.get(a2).text))) {
            a2++;
        }
        if (a2 == b && a2 > a && toks.get(a2 - 1).low.equals("those") && toks.get(b).low.endsWith("ed")) {
            // names21: `those surveyed` are people; a participle alone names no one (`Those polled` is no name either)
            return "those" + s.substring(toks.get(a2 - 1).e, toks.get(b).e);
        }
        return s.substring(toks.get(a2).s, toks.get(b).e);
    }
}
