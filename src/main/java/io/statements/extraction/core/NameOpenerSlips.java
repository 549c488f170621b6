package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Session n74d: words that open a person's capitalised run in news copy but are no part of the name, so the name
 * every later `he` and surname resolves to kept them (`Both Mr. X`, `Twenty-eight-year-old X`, `Prime Minster X`).
 * A name never starts with a word of grammar, an age or a title, whatever the case the sentence gives it:
 * <ul>
 * <li><b>quantifier-before-name</b>: `Both Mr. X and Y had ...`, `Each Ann Roe ...`: a quantifier or determiner
 * capitalised because it opens the sentence; only before a title or a known given name, so a group or a body
 * (`Some Democrats`, `Several Twitter users`, `One Direction`) keeps its words.</li>
 * <li><b>age-epithet-before-name</b>: `Twenty-eight-year-old Ann`, `The 45-year-old Roe`: the age describes the
 * person and is never a given name.</li>
 * <li><b>misspelt-title-before-name</b>: `Prime Minster X`, `Vice Presdent X`: a word a letter dropped or replaced
 * or two letters swapped away from a title of seven letters or more (a typo of it) right after a title word, or
 * before a known given name, is that title; never a known given name itself (`Justine`, `Marsha`), nor a word of the
 * title lists, nor a title with a letter added (`Marshall`, `Senators` are words of their own).</li>
 * <li><b>kin-of-description</b> ({@link #kinOf}): `the father of victim Mia` is the parent, never the child named
 * after `of`; with a name right before its comma (`Paul Harlow, the father of victim Mia said`) the speaker is that
 * name ({@link AppositiveHosts}).</li>
 * </ul>
 */
final class NameOpenerSlips {
    private NameOpenerSlips() {
    }

    /** Quantifiers and determiners that open a sentence before a name (`Both`, `All`, `Each`, `Neither`). */
    private static final Set<String> QUANTIFIERS = Lexicon.words("""
            both all each either neither every another this these those some many most several any few""");

    private static final int MIN_TYPO_TITLE = 7;

    /** Long titles with one letter dropped, and with one letter replaced by '*' (substitution keys). */
    private static final Set<String> DROPPED = new HashSet<>(), REPLACED = new HashSet<>();
    private static final Set<String> LONG_TITLES = new HashSet<>();

    static {
        for (String t : TitleWords.TITLES) {
            if (t.length() < MIN_TYPO_TITLE || !t.chars().allMatch(Character::isLetter)) {
                continue;
            }
            LONG_TITLES.add(t);
            for (int i = 0; i < t.length(); i++) {
                DROPPED.add(t.substring(0, i) + t.substring(i + 1));
                REPLACED.add(t.substring(0, i) + '*' + t.substring(i + 1));
            }
        }
    }

    /** Whether token k of the person's run [a, b] opens it as one of the rules' words, to be stripped. */
    static boolean strip(List<Tok> toks, int a, int k, int b) {
        Tok t = toks.get(k), next = toks.get(k + 1);
        if (t.type != Tok.WORD || next.type != Tok.WORD || !next.cap) {
            return false;
        }
        if (ageEpithet(t.low)) {
            return true; // age-epithet-before-name
        }
        if (k == a && QUANTIFIERS.contains(t.low)) {
            return title(next.low) || PersonGenders.isFirstName(next.low); // not `Some Democrats`, `Several Twitter`
        }
        return t.cap && (k > a && title(toks.get(k - 1).low) || PersonGenders.isFirstName(next.low))
                && misspeltTitle(t.low);
    }

    /** `twenty-eight-year-old`, `45-year-old`, `30-years-old`: an age written before a name. */
    static boolean ageEpithet(String low) {
        return low.length() > 9 && (low.endsWith("-year-old") || low.endsWith("-years-old"));
    }

    private static boolean title(String low) {
        return Lexicon.TITLES.contains(low) || Lexicon.TITLES.contains(low.replace(".", ""));
    }

    /** Whether the word is one letter dropped or replaced or two swapped away from a long title, and no name. */
    static boolean misspeltTitle(String low) {
        int n = low.length();
        if (n < MIN_TYPO_TITLE - 1 || title(low) || PersonGenders.isFirstName(low)
                || !low.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (DROPPED.contains(low)) {
            return true; // `minster`: a letter dropped
        }
        for (int i = 0; i < n; i++) {
            if (n >= MIN_TYPO_TITLE && REPLACED.contains(low.substring(0, i) + '*' + low.substring(i + 1))) {
                return true; // `senatur`: a letter replaced (not one added: `Marshall`, `Senators` are words)
            }
            if (i + 1 < n && n >= MIN_TYPO_TITLE) {
                String swapped = low.substring(0, i) + low.charAt(i + 1) + low.charAt(i) + low.substring(i + 2);
                if (!swapped.equals(low) && LONG_TITLES.contains(swapped)) {
                    return true; // `presdient`: two letters swapped
                }
            }
        }
        return false;
    }

    /**
     * Whether the mention at a opens `the KIN of` / `a KIN of` (kin-of-description): the kin noun's object after
     * `of` is another person, so a name inside it is never the speaker.
     */
    static boolean kinOf(List<Tok> toks, int a) {
        if (a + 2 >= toks.size()) {
            return false;
        }
        Tok det = toks.get(a), kin = toks.get(a + 1), link = toks.get(a + 2);
        return (det.low.equals("the") || det.low.equals("a")) && KinAppositives.KIN.contains(kin.low)
                && link.low.equals("of");
    }
}
