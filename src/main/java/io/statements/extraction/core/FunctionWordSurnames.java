package io.statements.extraction.core;

/**
 * A last name that is also a function word (`Al From`, session names16): `From said the pipeline "..."` opens with a
 * preposition to every other rule, so the subject was lost and the quote had no speaker. When the article named a
 * person in full with that last name and the word, capitalised, stands right before a verb of saying, it is that
 * person.
 */
final class FunctionWordSurnames {
    private FunctionWordSurnames() {
    }

    /** True for the token at j: capitalised, a known person's last name, a verb of saying right after it. */
    static boolean at(Doc d, int j) {
        Tok t = d.toks.get(j);
        return t.type == Tok.WORD && t.cap && t.qrole == Tok.OUT && j + 1 < d.toks.size()
                && d.names.lastNameToFull.containsKey(t.text) && d.cueLex.isCueTok(j + 1);
    }

    /** The full name for a one-word run that is such a last name, or null (`From` after `Al From`). */
    static String fullName(NameIndex names, String word) {
        String full = names.lastNameToFull.get(word);
        return full != null && full.contains(" ") ? full : null;
    }
}
