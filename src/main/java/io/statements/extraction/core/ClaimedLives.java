package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66c, rule claimed-lives: `the fire, which claimed the lives of 12 people`, `a blast that claimed 31
 * lives`, `the storm claimed its first victims`: `claim` whose object is lives or victims is a disaster's toll, no
 * verb of saying, so its subject (often a place or an event: `in Riverton, which claimed ...`) says nothing. The
 * reporting `claim` takes a clause, a quote or a thing asserted (`claimed that`, `claimed victory`), never a life.
 */
final class ClaimedLives {
    private static final Set<String> TOLLS = Lexicon.words("life lives victim victims casualties");
    private static final Set<String> BETWEEN = Lexicon.words("""
            the a an its their his her at least more than over nearly almost some about another two three four five
            six seven eight nine ten dozens hundreds thousands scores of first many several further""");

    private ClaimedLives() {
    }

    /** Whether the cue word at i is a form of `claim` whose object, a few words on, is lives or victims. */
    static boolean toll(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (!t.low.startsWith("claim")) {
            return false; // quick rejection: asked of every cue word
        }
        for (int k = i + 1; k < toks.size() && k - i <= 6; k++) {
            Tok n = toks.get(k);
            if (n.type != Tok.WORD || n.text.isEmpty()) {
                return false;
            }
            if (TOLLS.contains(n.low)) {
                return true;
            }
            if (!BETWEEN.contains(n.low) && !Character.isDigit(n.text.charAt(0))) {
                return false;
            }
        }
        return false;
    }
}
