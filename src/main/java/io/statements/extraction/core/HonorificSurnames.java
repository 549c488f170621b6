package io.statements.extraction.core;

import java.util.List;

/**
 * A last name two people share, after an honorific (session names18): `Mrs. Clinton` in an article that named Bill
 * Clinton first and Hillary Clinton later was Bill Clinton (the first full name wins a bare last name), and so was
 * every `she` after it. Only when the honorific's gender contradicts the first one's first name does it pick another
 * person of that last name: the one whose first name has that gender, else the one whose first name says nothing;
 * when several could be, or the first one's gender is unknown (`Jeb`), the usual look-up decides.
 */
final class HonorificSurnames {
    private HonorificSurnames() {
    }

    /** The full name of the one person called {@code last} whose gender the honorific {@code title} gives, or null. */
    static String fullName(NameIndex names, Tok title, String last) {
        Character want = PersonGenders.ofTitle(title.low);
        List<String> people = want == null ? null : names.fullNamesByLast.get(last);
        String first = people == null || people.size() < 2 ? null : names.lastNameToFull.get(last);
        Character firstGender = first == null || !first.contains(" ") ? null : gender(first);
        if (firstGender == null || firstGender.equals(want)) {
            return null;
        }
        String agrees = null, open = null;
        int agreeing = 0, unknown = 0;
        for (String person : people) {
            Character g = gender(person);
            if (want.equals(g)) {
                agreeing++;
                agrees = person;
            } else if (g == null) {
                unknown++;
                open = person;
            }
        }
        return agreeing == 1 ? agrees : agreeing == 0 && unknown == 1 ? open : null;
    }

    /**
     * Session names21: whether the honorific {@code title} contradicts the first name of the one full name the text
     * gives this last name: `Mr. Obama` where the text names only `Michelle Obama`, `Mr. Khan` after `Khizr and
     * Ghazala Khan` (only `Ghazala Khan` reads as a full name). The honorific names a person the text never wrote in
     * full, so the bare last name is the better name: the woman's full name made every `Mr. Obama` quote hers.
     */
    static boolean contradicts(Tok title, String full) {
        Character want = PersonGenders.ofTitle(title.low);
        Character g = want == null || full == null || full.indexOf(' ') < 0 ? null : gender(full);
        return g != null && !g.equals(want);
    }

    private static Character gender(String person) {
        return PersonGenders.ofFirstName(Lexicon.lower(person.substring(0, person.indexOf(' '))));
    }
}
