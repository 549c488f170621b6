package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n69e, rule topic-label-over-reported-headline: a headline that opens with a label and a colon names its
 * speaker there only when the rest is what that speaker says (`Holt: Harbour plan 'a disgrace'`). When the rest is a
 * report with its own subject and verb of saying (`Quarry fire: Judge says 'lessons ignored'`, `The Latest: Dorr
 * declares 'victory'`, `Review: half the letters lost; ministry says figures 'wrong'`), the label is a topic, a
 * place or a column heading, and the quote is the reported subject's, as the same words in any sentence would be:
 * the label then stays no transcript label, and the ordinary sieves read the clause. Not when the verb's subject is
 * the first person (`Holt: I said 'no'` is Holt's turn).
 */
final class HeadlineTopicLabels {
    private HeadlineTopicLabels() {
    }

    /** First-person words: `Holt: I said 'no'`, `Holt: I Would Have Told ...` are the label's own turn. */
    private static final Set<String> FIRST_PERSON = Lexicon.words(
            "i we me us my our i'm i’m we're we’re i've i’ve");

    /** Clause openers before the verb make it no report of the headline's own (`X: If Dorr Says It, It Is True`). */
    private static final Set<String> OPENERS = Lexicon.words("if when whether unless what why how");

    /**
     * Whether tokens (colon, to) of the headline after its label hold a subject and a finite verb of saying of their
     * own: a form in -s, -d, `wrote` or `say` (`says`, `declared`, `told`, `Police say`), not another base form,
     * which after a singular noun is mostly a noun (`Trump Claim`), but a verb after a plural (`Unions warn`).
     */
    static boolean reportsOwnSpeech(List<Tok> toks, int colon, int to) {
        for (int m = colon + 1; m < to; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                continue;
            }
            if (FIRST_PERSON.contains(t.low) || OPENERS.contains(t.low)) {
                return false;
            }
            Tok before = toks.get(m - 1);
            // a word between: its subject; a base form is finite after a plural subject (`Unions warn`)
            if (m >= colon + 2 && Lexicon.SPEECH.contains(t.low) && (finite(t.low)
                    || before.type == WORD && before.low.endsWith("s"))) {
                return before.type == WORD && before.qrole == OUT && !before.low.equals("to");
            }
        }
        return false;
    }

    private static boolean finite(String low) {
        char c = low.charAt(low.length() - 1);
        return c == 's' || c == 'd' || low.equals("wrote") || low.equals("say"); // `Mourners say`: plural
    }
}
