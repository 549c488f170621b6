package io.statements.extraction.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n66c, rule title-case-headline-run: a headline in title case (`Reyes Reacts To His Ouster By The Board`)
 * is one capitalised run, read whole as a name. No name of a person or a body holds a capitalised pronoun, `To`, `By`,
 * `With` or a form of `be` or `have`: the name ends before the first of them, and a headline verb in -s right before
 * it (`Reacts`) goes too when the word before that is no first name (`Reyes Reacts` → `Reyes`; not `Ana Jones To`).
 */
final class HeadlineRuns {
    private static final Set<String> NEVER_IN_NAMES = Lexicon.words("""
            to his her its by with is are was were has have had into onto""");
    // not `Our`, `My`, `Will`: bodies and campaigns (`Save Our Harbour`) and a first name (`Will Rogers`) hold them

    private HeadlineRuns() {
    }

    /** The last token of the name in the run [a, b]: b, or the word before a headline's function word. */
    static int nameEnd(List<Tok> toks, int a, int b, Map<String, String> lastNameToFull) {
        if (b - a < 2) {
            return b; // quick rejection: most runs have one or two words
        }
        for (int k = a + 1; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type == WORD && t.cap && NEVER_IN_NAMES.contains(t.low)) {
                int end = k - 1;
                Tok last = toks.get(end);
                if (end > a && last.low.length() > 3 && last.low.endsWith("s") && !last.low.endsWith("ss")
                        && !lastNameToFull.containsKey(last.text) && (lastNameToFull.containsKey(toks.get(end - 1).text)
                        || !PersonGenders.isFirstName(toks.get(end - 1).low))) {
                    end--; // `Reyes Reacts To`: the headline's verb after a surname
                }
                return end - a < 3 ? end : b; // a longer rest is no name either (`X Y Beats Z W To`): left as it was
            }
        }
        return b;
    }
}
