package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Lead, session 46, rule described-name-subject after a longer name: `Harbour City forward Tom Roe`, `Silicon Valley
 * investor Ann Loy`, `Former Obama speechwriter X` open a subject whose person is the name at its end. After two or
 * three capitalised words the lower-case word between may as well be a verb (`Hillary Clinton won South Dakota`,
 * `Time Magazine chose Ann Loy`), so only nouns that describe a person by trade, position or office count.
 */
final class DescribedPeople {
    private DescribedPeople() {
    }

    private static final Set<String> POSITIONS = Lexicon.words("""
            forward striker midfielder defender goalkeeper keeper winger fullback quarterback pitcher catcher
            shortstop batsman batter bowler all-rounder driver rider cyclist sprinter swimmer runner player star
            veteran rookie captain investor analyst economist strategist speechwriter aide adviser advisor
            consultant lobbyist donor organizer organiser founder co-founder boss executive official
            researcher scientist historian author writer novelist artist director producer""");

    /**
     * Whether the capitalised words [a, j) opening a subject (a determiner first when {@code det}) may be followed by
     * a description of the person named next: after one word any noun (`Conservative icon X`, the older rule), after
     * two or three only a {@link #personNoun}.
     */
    static boolean mayOpen(List<Tok> toks, int a, int j, boolean det, int limit) {
        int words = j - a - (det ? 1 : 0);
        return words == 1 && !det || words <= 3 && j <= limit && personNoun(toks.get(j).low);
    }

    /** Whether a lower-case word is a noun that describes a person: a title, a role, a trade or a position. */
    static boolean personNoun(String low) {
        return POSITIONS.contains(low) || RoleWords.ROLES.contains(low) || Lexicon.TITLES.contains(low)
                && !low.equals("state") && !low.equals("former") && !low.equals("acting")
                || DefiniteDescriptions.PERSON_NOUNS.contains(low) || DefiniteDescriptions.TRADE_NOUNS.contains(low);
    }
}
