package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n76c, rule generational-suffix: a person's name can close on a generational suffix (`Kenneth Cockrel Jr.`,
 * `Joe Manchin III`, `Ken Cockrel Sr.`), which belongs to the name: news gives the speaker under the name with it,
 * and it tells a son from the father whose first and last names he shares (`Donald Trump Jr.` is not `Donald Trump`).
 * The name index used to drop `Jr.` alone while keeping `Sr.` and `III`, so a son became his father; and with the
 * suffix kept, the word the article writes alone (`Cockrel said`, `Manchin told`) is the surname before it, not the
 * suffix: the article-wide records key the name by that surname.
 */
final class GenerationalSuffixes {
    private static final Set<String> SUFFIXES = Lexicon.words("jr jr. sr sr. ii iii iv");

    private GenerationalSuffixes() {
    }

    /** Whether a name's word is a generational suffix. */
    static boolean word(String w) {
        char c = w.isEmpty() ? ' ' : w.charAt(0);
        return (c == 'J' || c == 'S' || c == 'I') && w.length() <= 3 && SUFFIXES.contains(Lexicon.lower(w));
    }

    /**
     * The surname that keys a person's name of words {@code parts} in the article's records: the last word, or the
     * one before a generational suffix closing a name of three words or more (`Cockrel` of `Kenneth Cockrel Jr.`).
     */
    static String surname(String[] parts) {
        int n = parts.length;
        return n >= 3 && word(parts[n - 1]) ? parts[n - 2] : parts[n - 1];
    }

    /** {@link #surname(String[])} of a name given as one string, without splitting it (asked for every mention). */
    static String surname(String name) {
        int sp = name.lastIndexOf(' ');
        String last = name.substring(sp + 1);
        if (sp <= 0 || name.indexOf(' ') == sp || !word(last)) {
            return last; // most names: no suffix, or two words
        }
        return name.substring(name.lastIndexOf(' ', sp - 1) + 1, sp);
    }

    /** The name without a generational suffix closing it (`Filemon Tan` of `Filemon Tan Jr.`); null stays null. */
    static String withoutSuffix(String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        return sp > 0 && name.indexOf(' ') < sp && word(name.substring(sp + 1)) ? name.substring(0, sp) : name;
    }

    /**
     * The full name a surname and its suffix stand for (`Trump Jr. said` after `Donald Trump Jr.`): the person of that
     * surname the article named with the same suffix; else {@code c} as written.
     */
    static String fullName(NameIndex names, String c) {
        int sp = c.indexOf(' ');
        if (sp < 0 || sp != c.lastIndexOf(' ') || !word(c.substring(sp + 1))) {
            return c; // most names: no `Surname Jr.`
        }
        for (String full : names.fullNamesByLast.getOrDefault(c.substring(0, sp), List.of())) {
            if (full.endsWith(" " + c)) {
                return full;
            }
        }
        return c;
    }
}
