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

    /**
     * Session n63a, rule title-word-surname: a one-word run that is a title word (`King`, `Major`, `Bishop`, `Grant`
     * is no title) and the last name of a person the article named in full (`Lea King`, `Grant Major`): `said King`
     * is that person, not a title nobody holds. Not after a determiner or a possessive (`the King`, `Norway's King`),
     * where the word is the office.
     */
    static boolean wordRun(java.util.List<Tok> toks, int a, int b, String w) {
        return Words.SENTENCE_NOISE.contains(w) || titleSurname(toks, a, b);
    }

    /** Rule title-word-surname for a bare role word (`King said` after `Lea King`): no title to resolve. */
    static boolean named(Doc d, int a, int end) {
        return a == end && titleSurname(d.toks, a, end) && fullName(d.names, d.toks.get(a).text) != null;
    }

    private static boolean titleSurname(java.util.List<Tok> toks, int a, int b) {
        Tok t = toks.get(a);
        if (a != b || !t.cap || !Lexicon.TITLES.contains(t.low) || a == 0) {
            return a == 0 && a == b && t.cap && Lexicon.TITLES.contains(t.low);
        }
        Tok prev = toks.get(a - 1);
        return !Lexicon.DETERMINERS.contains(prev.low) && !Words.endsWithPossessive(prev) && !prev.cap;
    }
}
