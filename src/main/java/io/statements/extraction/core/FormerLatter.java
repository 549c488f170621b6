package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session names42, rule former-latter: `the former` and `the latter` as a speaker are the first and the second of the
 * two people the text last named together (`Bambang Wirawan and Siti Rahmawati met ... The latter said`), the way a
 * reader takes them; without it the speaker was the word `former`. The pair is two person names joined by `and` in
 * the mention's paragraph or the two before it; null when there is none (the mention stays unresolved rather than
 * a guess).
 */
final class FormerLatter {

    private FormerLatter() {
    }

    /** Whether tokens [a, b] are `the former` or `the latter`. */
    static boolean is(List<Tok> toks, int a, int b) {
        return b == a + 1 && toks.get(a).low.equals("the")
                && (toks.get(b).low.equals("former") || toks.get(b).low.equals("latter"));
    }

    /** The person `the former` / `the latter` at [a, b] stands for, or null. */
    static String person(Doc d, int a, int b) {
        List<Tok> toks = d.toks;
        boolean latter = toks.get(b).low.equals("latter");
        NameIndex names = d.names;
        int para = toks.get(a).para;
        for (int k = names.mentionBefore(toks.get(a).s); k >= 1; k--) {
            int second = d.tokenAt(names.mentionPos.get(k)[0]);
            if (toks.get(second).para < para - 2) {
                return null;
            }
            int first = d.tokenAt(names.mentionPos.get(k - 1)[0]);
            if (second >= 2 && toks.get(second - 1).low.equals("and") && toks.get(second - 1).type == WORD
                    && first < second - 1 && namesRun(toks, first, second - 2)
                    && names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()
                    && names.mentionPos.get(k - 1)[1] == SpeakerKind.PERSON.ordinal()) {
                return names.mentionName.get(latter ? k : k - 1);
            }
        }
        return null;
    }

    /** Capitalised words (and name particles) only from i to j: one name, nothing between it and `and`. */
    private static boolean namesRun(List<Tok> toks, int i, int j) {
        for (int k = i; k <= j; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap && !Words.NAME_PARTICLES.contains(t.low)) {
                return false;
            }
        }
        return true;
    }
}
