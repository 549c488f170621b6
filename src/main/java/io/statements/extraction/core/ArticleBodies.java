package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Rule article-body-of (session n56a): `The Elwyn Chamber of Commerce announced`, `the Harbour Workers of Velmark,
 * one of the unions`: capitalised words after an article, then `of` or `for` and a capitalised word, are one body's
 * name; a person's name takes no article, so the run is not a person `Elwyn Chamber` of a place `Commerce` (the name
 * was cut at `of`). General syntax, no list of body words: not when a title or a role opens the words (`the Mayor of
 * Elwyn`, `the Rev. Ann Roe`), nor when the word before `of` is one.
 */
final class ArticleBodies {

    private ArticleBodies() {
    }

    /** Whether the capitalised run [a, b] names a body after an article. */
    static boolean named(List<Tok> toks, int a, int b) {
        int first = a;
        if (toks.get(first).low.equals("the")) {
            first++;
        } else if (a == 0 || toks.get(a - 1).type != WORD || !toks.get(a - 1).low.equals("the")) {
            return false;
        }
        if (first + 2 > b || title(toks.get(first))) {
            return false;
        }
        for (int k = first + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type == WORD && (t.low.equals("of") || t.low.equals("for"))) {
                Tok before = toks.get(k - 1), after = toks.get(k + 1);
                return before.type == WORD && before.cap && !title(before) && after.type == WORD && after.cap;
            }
            if (t.type != WORD || !t.cap) {
                return false;
            }
        }
        return false;
    }

    private static boolean title(Tok t) {
        return Lexicon.TITLES.contains(t.low.replace(".", "")) || RoleWords.isRole(t);
    }
}
