package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n63e, rule quoted-by-medium: `According to a ferry pilot quoted by the Coastal Gazette, ...`, `a resident
 * cited by Radio Brenna said`, `one nurse interviewed by Channel 9 said`: a mention whose head is followed by a
 * participle of relaying and its named `by` agent names the speaker before the participle; the agent only carried
 * the words (the channel). The resolver took the capitalised agent, the only name in the mention, for the speaker. The
 * mention ends before the participle; an unnamed head (`a ferry pilot`) then stays an unnamed description.
 */
final class QuotedByMedia {
    /** Participles by which a medium or a document relays someone's words. */
    private static final Set<String> RELAYING = Lexicon.words("quoted cited interviewed");

    private QuotedByMedia() {
    }

    /** The last token of the mention [a, b] before `quoted by X`; b when it has none. */
    static int end(List<Tok> toks, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type == Tok.WORD && !t.cap && RELAYING.contains(t.low) && toks.get(k + 1).low.equals("by")
                    && toks.get(k - 1).type == Tok.WORD && namedAgent(toks, k + 2, b)) {
                return k - 1;
            }
        }
        return b;
    }

    /**
     * The agent after `by` is a name (`Britain's Daily Mail`, `the Coastal Gazette`): the only case the resolver took
     * it for the speaker; a lower-case agent (`interviewed by committee staff`) gives no name and is left as it was.
     */
    private static boolean namedAgent(List<Tok> toks, int k, int b) {
        if (k <= b && Lexicon.DETERMINERS.contains(toks.get(k).low)) {
            k++;
        }
        return k <= b && toks.get(k).cap && toks.get(k).type == Tok.WORD;
    }
}
