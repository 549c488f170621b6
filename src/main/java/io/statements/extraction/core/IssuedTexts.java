package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/** A verb that issues a text (`released the following statement:`): what follows is the issuer's words. */
final class IssuedTexts {
    private IssuedTexts() {
    }

    private static final Set<String> ISSUING_VERBS = Lexicon.words(
            "released issued issues releases sent posted published");
    private static final Set<String> ISSUED_TEXTS = Lexicon.words(
            "statement message remarks following letter note");

    /** `The governor released the following statement:`, `She issued a statement:`: the text after is hers. */
    static boolean issuesText(List<Tok> toks, int m, int pe) {
        if (!ISSUING_VERBS.contains(toks.get(m).low) || toks.get(m).cap) {
            return false;
        }
        for (int k = m + 1; k < pe && k - m <= 4; k++) {
            if (ISSUED_TEXTS.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }
}
