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

    /**
     * Session n75c, rule headline-speech-verb: the reporting verbs of title-case headlines (`Ana Roe Says Ben Cole
     * ...`, `Mayor Calls Ben Cole ...`, a deck line `Says Cole would ...`). No person's or body's name holds one before
     * another capitalised word, so the run is two phrases: the name ends before the verb, and a name the verb opens
     * starts after it. Counted before the rule: 66 such verbs inside capitalised runs in 60 texts of the open sets
     * and PolNeAR; 6 statements in 3 articles took the glued run as their speaker's name.
     */
    private static final Set<String> SPEECH_VERBS = Lexicon.words("""
            says tells calls urges warns slams blasts accuses praises asks admits denies vows insists responds jokes
            predicts pledges condemns endorses criticizes criticises mocks rips blames""");

    private HeadlineRuns() {
    }

    /**
     * Whether the words before the verb describe the speaker rather than name them (`Harbour Boss Says ...`, `Former
     * Party Pollster Says ...`): a role or a trade word among them, or a last word the article also writes in lower
     * case (`the former pollster`). The whole run stays as it was then, read as the description it holds.
     */
    private static boolean describedSpeaker(List<Tok> toks, int a, int end) {
        for (int k = a; k <= end; k++) {
            Tok t = toks.get(k);
            if (RoleRunNames.roleWord(t) || NameDescriptors.isTrade(t.low) || PersonHeadNouns.plain(t.low)) {
                return true;
            }
        }
        String head = toks.get(end).low;
        for (Tok t : toks) {
            if (t.type == WORD && !t.cap && t.low.equals(head)) {
                return true; // a common noun of the article's own, not a surname
            }
        }
        return false;
    }

    /** Whether token k is a capitalised headline speech verb with a capitalised word after it in the run [.., b]. */
    static boolean speechVerbOpener(List<Tok> toks, int k, int b) {
        Tok t = toks.get(k);
        return k < b && t.type == WORD && t.cap && SPEECH_VERBS.contains(t.low) && toks.get(k + 1).cap;
    }

    /** The last token of the name in the run [a, b]: b, or the word before a headline's function word. */
    static int nameEnd(List<Tok> toks, int a, int b, Map<String, String> lastNameToFull) {
        if (b - a < 2) {
            return b; // quick rejection: most runs have one or two words
        }
        for (int k = a + 1; k <= b; k++) {
            Tok t = toks.get(k);
            if (k - 1 - a < 3 && speechVerbOpener(toks, k, b) && !describedSpeaker(toks, a, k - 1)) {
                return k - 1; // n75c: `Ana Roe Says Ben Cole`: the speaker before the verb
            }
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
