package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n67a, rule connective-comma-opener: `However, Deputy Chief of the Harbour Board, Ana Roe, said`: a
 * sentence adverb and its comma opening the subject are no part of the speaker's mention; left in, the adverb's comma
 * was read as the appositive comma, and the title and the name after it were lost.
 */
final class ConnectiveOpeners {
    private static final Set<String> CONNECTIVES = Lexicon.words("""
            however meanwhile separately additionally moreover furthermore nevertheless nonetheless instead also
            similarly likewise previously subsequently elsewhere overall still""");

    private ConnectiveOpeners() {
    }

    /** The first token after such an adverb and its comma opening [a, b]; else a. */
    static int subjectStart(List<Tok> toks, int a, int b) {
        Tok t = toks.get(a);
        return b - a >= 3 && t.type == Tok.WORD && t.cap && toks.get(a + 1).text.equals(",") && CONNECTIVES.contains(t.low)
                ? a + 2 : a;
    }
}
