package io.statements.extraction.core;

import java.util.List;

/**
 * Rule capital-acronym (session n49b): `WHO` in running text is the World Health Organization, not the relative
 * pronoun: `The WHO said`, `said WHO Director-General Aiko Branner`. The pronoun in capitals is only met in a
 * headline or a line written all in capitals, so the word is the acronym when no word of capitals of two letters
 * or more stands beside it; its lower-case form then gets a mark no word list holds (as rule word-first-name does),
 * so that no rule reads `who`, and the run of capitals takes it as an organisation's acronym.
 */
final class CapitalAcronyms {
    private CapitalAcronyms() {
    }

    static void mark(List<Tok> toks, int k) {
        if (!shouted(toks, k - 1) && !shouted(toks, k + 1)) {
            Tok t = toks.get(k);
            t.low = t.low + "\u00b7";
            t.lex = 0;
        }
    }

    /** A word of two or more letters all in capitals (`ARE`, `WE`): the line is written in capitals. */
    private static boolean shouted(List<Tok> toks, int k) {
        if (k < 0 || k >= toks.size() || toks.get(k).type != Tok.WORD || toks.get(k).text.length() < 2) {
            return false;
        }
        String w = toks.get(k).text;
        return w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals(w.toLowerCase(java.util.Locale.ROOT));
    }
}
