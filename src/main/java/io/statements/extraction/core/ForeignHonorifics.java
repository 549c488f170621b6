package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n63e, rule foreign-honorific: honorifics of other languages that the English title list does not hold open
 * a person's capitalised run in copy from outside the English-speaking press and are no part of the name: the French
 * bar's `Me` / `Maître`, and `Mme`, `Mlle`, `Mgr`, German `Herr` / `Frau`, Italian `Dott.` / `Avv.`, Spanish `Sr.` /
 * `Sra.`, Turkish `Bay`. Only before two capitalised words or more, so `Me` opening a sentence (`Me and my brother`)
 * or a lone `Frau` stays. (The session's second half, a rank's compass region such as `DIG South X Y`, was also
 * written by session n63a in parallel; its `RoleRunNames.pastRange` is kept.)
 */
final class ForeignHonorifics {
    private static final Set<String> HONORIFICS = Lexicon.words("""
            me maître maitre mme mlle mgr herr frau dott dott. avv avv. sr. sra. srta. bay""");

    private ForeignHonorifics() {
    }

    /** Whether token k, inside a person run ending at b, is such an honorific (to be stripped). */
    static boolean strip(List<Tok> toks, int k, int b) {
        if (b - k < 2) {
            return false; // the name after it needs two words: `Frau Berg` alone is read as before
        }
        Tok t = toks.get(k);
        Tok next = toks.get(k + 1);
        if (next.type != Tok.WORD || !next.cap || !toks.get(k + 2).cap) {
            return false;
        }
        return HONORIFICS.contains(t.low)
                && !t.text.equals("ME") && !t.text.equals("BAY"); // a word in a capitals headline is no honorific
    }
}
