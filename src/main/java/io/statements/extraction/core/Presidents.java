package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session names21: who `the president` is. A story's bare `the president` is the head of state it calls `President
 * Marlow` (one word after the title: no full name needed), not `Vice President Ada R. Quill` (whose title ends in
 * the same word), not `Ida Berg, the president of the Guild for ...` or `Port Bank President Eli Sand` (a
 * president of something or somewhere, {@code qualified}) and not `former President Tomas J. Reyes`; `the former
 * president` is the one the text called former. These only rank the holders {@link PersonTitles} collects: when
 * the text gives the title to nobody else, the qualified one still holds it (`Russian President X ... the
 * president`). Likewise for a bare `(former) secretary of state`, it is whoever was given that office (`Secretary of State X`,
 * `X, the former secretary of state`), else, as for `the senator`, the person the story is about
 * ({@link DefiniteDescriptions}); it was a group `former secretary of state`.
 */
final class Presidents {
    private Presidents() {
    }

    /** The office of `Secretary of State X`, `the former secretary of state`: one word role would be any secretary. */
    static final String SECRETARY_OF_STATE = "secretary of state";

    /** The roles ranked so: offices one person holds at a time, which a story names bare. */
    static final Set<String> SINGLE_HOLDER_ROLES = Lexicon.set("president", "vice-president", SECRETARY_OF_STATE);

    /** `secretary of state` (any case) from the token at i. */
    static boolean ofStateAt(List<Tok> toks, int i) {
        return i + 2 < toks.size() && toks.get(i).low.equals("secretary") && toks.get(i + 1).low.equals("of")
                && toks.get(i + 2).low.equals("state");
    }

    /** `vice-president` for a `president` after `Vice`/`vice` (`Vice President X`, `the vice president`), else role. */
    static String role(List<Tok> toks, int i, String role) {
        return role.equals("president") && i > 0 && toks.get(i - 1).low.equals("vice") ? "vice-president" : role;
    }

    /** Whether `former` stands up to three words before the title at i, in its sentence: `former U.S. President`. */
    static boolean former(List<Tok> toks, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3 && toks.get(k).sent == toks.get(i).sent; k--) {
            String w = toks.get(k).low;
            if (w.equals("former")) {
                return true;
            }
            if (toks.get(k).type != Tok.WORD || Lexicon.DETERMINERS.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
