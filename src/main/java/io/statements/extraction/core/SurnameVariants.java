package io.statements.extraction.core;

import java.util.Map;

/**
 * A last name spelt differently from the article's full name (session names18): `Gary Byrne` ... `Bryne said`,
 * `Rudy Giuliani` ... `Giulini told`. News copy misspells names by one letter or swaps two; the one-word run then
 * became a person of its own. It is the person when exactly one last name the article gave in full is one edit away
 * (a letter changed, added or dropped inside the word, or two neighbours swapped), both of at least five letters
 * with the same first letter; a letter more or less at the end (`Republicans`, `German`/`Germany`) is a plural or a
 * derived word, not a slip, and two candidates leave the word as it is.
 */
final class SurnameVariants {
    private SurnameVariants() {
    }

    /** The full name of the one person whose last name is one slip from {@code word}, or null. */
    static String fullName(Map<String, String> lastNameToFull, String word) {
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0)) || !lowerTail(word)) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> e : lastNameToFull.entrySet()) {
            String last = e.getKey();
            // the first letter and the length first: they rule out almost every name at once, asked of each name
            if (last.length() >= 5 && last.charAt(0) == word.charAt(0) && Math.abs(last.length() - word.length()) <= 1
                    && e.getValue().contains(" ") && oneSlip(word, last)) {
                if (found != null && !found.equals(e.getValue())) {
                    return null; // two people it could be: leave the word
                }
                found = e.getValue();
            }
        }
        // a common first name is no slip of a surname; asked last, as most words are one slip from no name
        return found == null || PersonGenders.isFirstName(Lexicon.lower(word)) ? null : found;
    }

    private static boolean lowerTail(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One letter changed, added or dropped, or two neighbours swapped; not a letter added or dropped at the end. */
    static boolean oneSlip(String a, String b) {
        int la = a.length(), lb = b.length();
        if (a.equals(b) || Math.abs(la - lb) > 1 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (la == lb) {
            int first = -1, diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (++diffs == 1) {
                        first = i;
                    } else if (diffs > 2) {
                        return false;
                    }
                }
            }
            return diffs == 1 || diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String shorter = la < lb ? a : b, longer = la < lb ? b : a;
        if (longer.startsWith(shorter)) {
            return false; // `Republicans`, `German`/`Germany`: a plural or a derived word, not a slip
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
