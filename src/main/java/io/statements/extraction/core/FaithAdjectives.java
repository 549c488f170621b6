package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule faith-adjective (session names28): `his Christian conservative values`, `the Christian right`, `a Christian
 * university`: a faith adjective that is also a first name (`Christian`), between a determiner or possessive and a
 * lower-case word, is no person; a `he` after it went to `Christian`. Eight such uses in dev and train, none a person.
 */
final class FaithAdjectives {

    private static final Set<String> FAITHS = Lexicon.words("""
            christian catholic jewish muslim mormon protestant evangelical baptist methodist lutheran presbyterian
            hindu buddhist sikh""");
    private static final Set<String> OWNERS = Lexicon.words("the a an his her their its our my your");

    private FaithAdjectives() {
    }

    /** Whether the one capitalised word at a is a faith adjective describing the lower-case noun after it. */
    static boolean describes(List<Tok> toks, int a) {
        if (a == 0 || a + 1 >= toks.size() || !FAITHS.contains(toks.get(a).low)) {
            return false;
        }
        Tok before = toks.get(a - 1), next = toks.get(a + 1);
        return before.type == WORD && OWNERS.contains(before.low) && next.type == WORD && !next.cap
                && next.qrole == OUT;
    }
}
