package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session names39, rule day-before-subject: `After the arrests at the hotel on Wednesday Brenner warned ...`: a
 * leading adjunct that ends in a day (`on Wednesday`, `Friday`, `yesterday`) without a comma is followed by the main
 * clause's subject; a day never belongs to a person's or an office's name, so a noun phrase that reaches back over
 * it into the adjunct (`officials at the hotel on Wednesday Brenner`) ends its subject at the day instead.
 */
final class DatedSubjects {
    private static final Set<String> DAYS = Lexicon.words(
            "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight");

    private DatedSubjects() {
    }

    /** True when the word before {@code a} is a day and {@code a} opens a capitalised name (`Wednesday Brenner`). */
    static boolean dayBefore(List<Tok> toks, int a) {
        Tok day = toks.get(a - 1), first = toks.get(a);
        return DAYS.contains(day.low) && first.cap && first.type == Tok.WORD && !DAYS.contains(first.low)
                && !Lexicon.TIME_WORDS.contains(first.low);
    }
}
