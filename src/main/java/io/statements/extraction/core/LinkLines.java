package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names44, rule link-line headline: a line linking to another story (`Also read: 'A': Ann Loy attacks
 * minister`, `READ MORE | 'A': Ann Loy ...`, `Related: ...`) is article furniture carrying another story's headline.
 * Its quote is that headline's, attributed as a headline (`'A': Ann Loy attacks ...` gives Ann Loy), never the
 * sentence subject `Also` or a speaker of the body by continuation.
 */
final class LinkLines {

    /** First words of a link label; the second word, when there is one, must be in {@link #SECOND}. */
    private static final Set<String> FIRST = Lexicon.words("also read related see watch more recommended");
    private static final Set<String> SECOND = Lexicon.words("read also more see watch");

    private LinkLines() {
    }

    /** The token after a link label opening the paragraph at a (`Also read:`, `READ MORE |`), or -1. */
    static int afterLabel(List<Tok> toks, int a) {
        if (a >= toks.size() || toks.get(a).type != WORD || !FIRST.contains(toks.get(a).low)) {
            return -1;
        }
        int k = a + 1;
        if (k < toks.size() && toks.get(k).type == WORD && SECOND.contains(toks.get(k).low)
                && toks.get(k).para == toks.get(a).para) {
            k++;
        }
        if (k + 1 >= toks.size() || toks.get(k).para != toks.get(a).para) {
            return -1;
        }
        String sep = toks.get(k).text;
        String label = toks.get(a).low + (k - a == 2 ? " " + toks.get(a + 1).low : "");
        if (!(sep.equals(":") || sep.equals("|")) || label.equals("also") || label.equals("more")
                || label.equals("see")) {
            return -1;
        }
        return k + 1;
    }

    /** The quote opens a link line, right after its label, and a colon follows it: `Also read: 'A': Ann Loy ...`. */
    static boolean opensLinkHeadline(List<Tok> toks, Quote q) {
        if (q.close < 0 || q.close + 1 >= toks.size() || !toks.get(q.close + 1).text.equals(":")) {
            return false; // the colon first: most quotes stop here, before the walk to the paragraph's start
        }
        int a = q.open;
        while (a > 0 && toks.get(a - 1).para == toks.get(q.open).para) {
            a--;
        }
        return a < q.open && afterLabel(toks, a) == q.open;
    }
}
