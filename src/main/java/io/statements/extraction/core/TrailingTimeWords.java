package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n66c, rule time-word-after-name: news copy puts the day right after its subject or object with no
 * preposition (`met Mayor Ada Roe Monday afternoon`, `Governor Ada Roe Tuesday signed`, `Ada Roe March 3`), so a
 * capitalised run can end in a weekday, `Today`, `Yesterday`, `Tonight`, or a month before its day number. None of
 * these ever closes a person's name (a month alone may: `Theresa May`, `Ann August`, so a month only before a number).
 */
final class TrailingTimeWords {
    /** Also what n66b's time-word-after-name in {@link MentionTails} cuts off a body's name (`The KFA today`). */
    static final Set<String> DAYS = Lexicon.words("""
            monday tuesday wednesday thursday friday saturday sunday today yesterday tonight""");
    private static final Set<String> MONTHS = Lexicon.words("""
            january february march april may june july august september october november december jan feb mar apr
            jun jul aug sept sep oct nov dec jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec.""");

    private TrailingTimeWords() {
    }

    /** Whether the word at k closing a capitalised run is a time word glued after the name, not part of it. */
    static boolean at(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (t.type != WORD || t.low.length() < 3 || !t.cap) {
            return false; // quick rejection: every time word is capitalised here and has three letters at least
        }
        if (DAYS.contains(t.low)) {
            return true;
        }
        return k + 1 < toks.size() && MONTHS.contains(t.low) && isDayNumber(toks.get(k + 1));
    }

    /** n67a: a month and its day number at k (`Aug. 3`, `March 12`): a date, never a name nor a speaker. */
    static boolean monthDay(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        return t.type == WORD && t.cap && k + 1 < toks.size() && MONTHS.contains(t.low) && isDayNumber(toks.get(k + 1));
    }

    private static boolean isDayNumber(Tok t) {
        String s = t.text;
        return !s.isEmpty() && s.length() <= 4 && Character.isDigit(s.charAt(0)); // `3`, `21st`
    }
}
