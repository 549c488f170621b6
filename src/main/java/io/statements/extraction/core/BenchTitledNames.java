package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n73a, rule bench-titled-surname: English and Commonwealth courts name a senior judge by an honorific, the
 * title `Justice` and the surname only (`Lord Justice Fulton`, `Mr Justice Hale`, `Lady Justice Marr`), so the name
 * index knows the person by one word. The title pre-pass ({@link PersonTitles}) and the justice rule ({@link
 * JusticeTitles}) took a holder only with a full name, so `The judge, Lord Justice X, said` gave no one the title and
 * `the judge` later was read as the story's defendant. After such a bench title the one capitalised word is a
 * person's name. A lone `Judge X` still gives nothing (session n68c: a title and surname used once).
 */
final class BenchTitledNames {
    /** Honorifics a bench title opens with in British copy: `Lord Justice`, `Mrs Justice`. */
    private static final Set<String> HONORIFICS = Lexicon.words("lord lady mr mrs ms miss dame sir");

    private BenchTitledNames() {
    }

    /** A full name as it is (`MK Rao` after `Chief Minister`), else {@link #surname}; null when neither. */
    static String fullOrSurname(List<Tok> toks, int from, int to, String canonical) {
        return canonical != null && canonical.contains(" ") ? canonical : surname(toks, from, to, canonical);
    }

    /** The one-word person name {@code canonical} of the run [from, to] when it is `Lord Justice X`, else null. */
    static String surname(List<Tok> toks, int from, int to, String canonical) {
        boolean bench = from >= 0 && from + 2 == to && HONORIFICS.contains(toks.get(from).low)
                && toks.get(from + 1).text.equals("Justice");
        return bench && canonical != null && !canonical.contains(" ") ? canonical : null;
    }
}
