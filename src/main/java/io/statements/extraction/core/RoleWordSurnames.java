package io.statements.extraction.core;

import java.util.List;

/**
 * Session n73a, rule role-word-surname: some surnames are title words (`Inez Cardinal`, `Ana Bishop`, `Tom
 * Marshal`). Once the article names the person in full, the lone capitalised word later (`..., Cardinal announced`,
 * `Sidhu, Cardinal said`) is that person, not a title: the title pre-pass ({@link PersonTitles}) gave the name
 * before its comma the title `cardinal` (`Sidhu, Cardinal announced` read as `Name, the Cardinal`), and every
 * mention of `Judge Inez Cardinal` then resolved to Sidhu. Not a title word that a name follows (`Cardinal Ruiz`).
 */
final class RoleWordSurnames {
    private RoleWordSurnames() {
    }

    /** Whether the capitalised role word at i stands alone as the surname of a person the article names in full. */
    static boolean surname(List<Tok> toks, int i, NameIndex names) {
        Tok t = toks.get(i);
        boolean nameAfter = i + 1 < toks.size() && toks.get(i + 1).cap && toks.get(i + 1).type == Tok.WORD;
        boolean nameBefore = i > 0 && toks.get(i - 1).cap && toks.get(i - 1).type == Tok.WORD;
        if (!t.cap || t.type != Tok.WORD || nameAfter || nameBefore) {
            return false; // `Cardinal Ruiz`, `Inez Cardinal`: a title before a name, or the name itself
        }
        String full = names.lastNameToFull.get(t.text);
        return full != null && full.contains(" ") && full.endsWith(" " + t.text);
    }
}
