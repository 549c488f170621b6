package io.statements.extraction.core;

import java.util.List;
import java.util.Locale;

/**
 * Session n61c, rule acronym-tag-in-title: `Harbour League (HL) general secretary Tomas Reyes commented`: the
 * acronym an organisation's name gives itself in brackets, the first time it is named, is part of the noun phrase,
 * so the title and the person after it still belong to the subject (it ended at `League`, an organisation, and a
 * later `he` went to whoever spoke before).
 */
final class AcronymTags {
    private AcronymTags() {
    }

    /** The index after `( ACR )` when one opens at j, else j. */
    static int after(List<Tok> toks, int j, int limit) {
        if (j + 2 > limit || !toks.get(j).text.equals("(") || !toks.get(j + 2).text.equals(")")) {
            return j;
        }
        Tok a = toks.get(j + 1);
        String w = a.text;
        boolean capitals = a.type == Tok.WORD && w.length() >= 2 && w.length() <= 8 && a.qrole == Tok.OUT
                && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0));
        return capitals ? j + 3 : j;
    }
}
