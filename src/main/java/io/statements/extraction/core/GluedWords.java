package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule glued-words (session n49b): copy that lost a space between two words (a scraped page, a caption run into its
 * paragraph) glues a title to the name after it (`Prime MinisterKessa Liv`, `MayorJoon Petrak`) or a date or a
 * number to the name before it (`Dr. Ilka Moor12 May 2011`, `Bram Oster2019`): the name was `MinisterKessa Liv`,
 * `Ilka Moor12`. The tokenizer ends a word where such a second word begins. A title splits only at a lower-case
 * letter then a capital that opens a lower-case word, and only a role or an honorific before it, so that `McArdle`,
 * `DeLora`, `iPhone`, `MasterCard` and `AirAsia` stay one word; digits split only after a capitalised word of
 * lower-case letters when no letter follows them (`Moor12`), never `G20`, `COVID19`, `Mp3` or `Stop4Good`.
 */
final class GluedWords {
    private GluedWords() {
    }

    /** Honorifics and abbreviated titles that glue to a name as the roles do. */
    private static final Set<String> HONORIFICS = Lexicon.words("""
            mr mrs ms dr sir dame lord professor prof reverend rev sen rep gov gen capt col lt sgt""");

    /** Roles that also open a firm's or a product's name written as one word (`MasterCard`, `HostGator`). */
    private static final Set<String> BRAND_STARTS = Lexicon.words("master host general chief king");

    /**
     * Where the word [i, j) the tokenizer read ends: at the first place a second glued word begins (a capital or a digit
     * right after a lower-case letter, {@link #endsBefore}), else j. Asked only for words not all in lower case.
     */
    static int wordEnd(String s, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            char c = s.charAt(k), prev = s.charAt(k - 1);
            if ((c <= 'Z' && c >= 'A' || c <= '9' && c >= '0') && prev >= 'a' && prev <= 'z' && endsBefore(s, i, k)) {
                return k;
            }
        }
        return j;
    }

    /**
     * Whether the word that began at {@code i} ends before {@code j}, where a second glued word begins: a capital
     * after a title, or digits after a capitalised word. Called only at a capital or a digit after a lower-case letter.
     */
    static boolean endsBefore(String s, int i, int j) {
        char c = s.charAt(j);
        if (c >= '0' && c <= '9') {
            if (j - i < 3 || !Character.isUpperCase(s.charAt(i))) {
                return false;
            }
            for (int k = i + 1; k < j; k++) {
                if (!Character.isLowerCase(s.charAt(k))) {
                    return false; // `COVID19`, `H1N1`, `al-Assad2`: not a plain capitalised word
                }
            }
            int e = j;
            while (e < s.length() && Character.isDigit(s.charAt(e))) {
                e++;
            }
            return e == s.length() || !Character.isLetter(s.charAt(e)); // never `Stop4Good`, `Web3Labs`
        }
        if (j + 1 >= s.length() || !Character.isLowerCase(s.charAt(j + 1)) || j - i < 2) {
            return false; // `MinisterX`, `DrJ`: no word after the capital
        }
        String before = Lexicon.lower(s.substring(i, j));
        return (RoleWords.ROLES.contains(before) && !BRAND_STARTS.contains(before)) || HONORIFICS.contains(before);
    }

    /**
     * A person's name without digits glued to its last word (`Dr. Ilka Moor12` → `Dr. Ilka Moor`) when a rule took
     * the name's extent from the text, where the tokenizer's cut leaves the number inside the mention.
     */
    static String withoutGluedNumber(String name) {
        int j = name == null ? 0 : name.length();
        while (j > 0 && Character.isDigit(name.charAt(j - 1))) {
            j--;
        }
        return j == 0 || j == name.length() || !Character.isLowerCase(name.charAt(j - 1))
                || !endsBefore(name, name.lastIndexOf(' ') + 1, j) ? name : name.substring(0, j);
    }
}
