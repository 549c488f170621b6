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
        if (want == null) {
            return titledFullName(names, title, last);
        }
        List<String> people = names.fullNamesByLast.get(last);
        String first = people == null || people.size() < 2 ? null : names.lastNameToFull.get(last);
        Character firstGender = first == null || !first.contains(" ") ? null : gender(first);
        if (firstGender == null && first != null && want == 'F') {
            // rule honorific-unknown-first (session names34): `Calvin Pryor and his wife, Denise Pryor ... Mrs. Pryor`:
            // no list genders `Calvin`, but a woman's honorific is hers, when she is the one woman of that name
            // (a man's is not decided so: `Jeb Bush`, `George Bush`, `Mr. Bush`)
            String woman = null;
            for (String person : people) {
                if (!person.equals(first) && Character.valueOf('F').equals(gender(person))) {
                    woman = woman == null ? person : "";
                }
            }
            return woman == null || woman.isEmpty() ? null : woman;
        }
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
     * Rule titled-surname (session names34): a title that says no gender before a last name several people share
     * (`Gordon Hale ... his cousin, Dr. Martin Hale ... Dr. Hale said`) is the one whose full name the text gave after
     * that same title; null when none or several were, so the first full name keeps the last name.
     */
    private static String titledFullName(NameIndex names, Tok title, String last) {
        List<String> people = names.fullNamesByLast.get(last);
        if (people == null || people.size() < 2) {
            return null;
        }
        String titled = names.titledFullNames.get(titleKey(title.low) + " " + last);
        return titled == null || titled.isEmpty() ? null : titled;
    }

    /** Records that the text named {@code full} after {@code title} (`Dr. Martin Hale`); "" when it names two so. */
    static void recordTitled(NameIndex names, Tok title, String full) {
        if (PersonGenders.ofTitle(title.low) != null || !Lexicon.TITLES.contains(title.low)) {
            return;
        }
        String key = titleKey(title.low) + " " + full.substring(full.lastIndexOf(' ') + 1);
        String known = names.titledFullNames.putIfAbsent(key, full);
        if (known != null && !known.equals(full)) {
            names.titledFullNames.put(key, "");
        }
    }

    private static String titleKey(String low) {
        return low.endsWith(".") ? low.substring(0, low.length() - 1) : low;
    }

    /**
     * Session names21: whether the honorific {@code title} contradicts the first name of the one full name the text
     * gives this last name: `Mr. Obama` where the text names only `Michelle Obama`, `Mr. Khan` after `Khizr and
     * Ghazala Khan` (only `Ghazala Khan` reads as a full name). The honorific names a person the text never wrote in
     * full, so the bare last name is the better name: the woman's full name made every `Mr. Obama` quote hers.
     */
    static boolean contradicts(Doc d, Tok title, String full) {
        if (full != null && full.indexOf(' ') > 0 && SpouseSurnames.otherBearer(d, title, full)) {
            return true; // n59c: `President Harlow` where the one full name was `First Lady Anneliese Harlow`
        }
        if (title == null) {
            return false;
        }
        Character want = PersonGenders.ofTitle(title.low);
        Character g = want == null || full == null || full.indexOf(' ') < 0 ? null : gender(full);
        return g != null && !g.equals(want);
    }

    private static Character gender(String person) {
        return PersonGenders.ofFirstName(Lexicon.lower(person.substring(0, person.indexOf(' '))));
    }
}
