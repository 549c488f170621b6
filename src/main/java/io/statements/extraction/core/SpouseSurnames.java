package io.statements.extraction.core;

import java.util.HashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule titled-surname-spouse (session n59c): a last name a couple shares, where the text gives only the spouse a full
 * name (`First Lady Anneliese Harlow`, `his wife, Ana Roe`, `the president's husband, Ivo Roe`) and the other only a title
 * and the last name (`President Harlow`, `Governor Roe`): the titled last name, and a bare `Roe said`, are the titled
 * one's, so the last name stays as written, not the spouse's full name. The first full name of a last name won it
 * before, and every `President Harlow` quote was the first lady's. Seen in a real-news set (a president and the first
 * lady) and in PolNeAR (`President Obama`, `Michelle Obama`). Only when every mention of the full name follows a
 * spouse word, and, for a bare last name, the text puts a title before the last name alone somewhere.
 */
final class SpouseSurnames {
    private SpouseSurnames() {
    }

    /** Words that introduce a spouse (lower-cased, within a few words before the name). */
    private static final Pattern SPOUSE = Pattern.compile("\\b(first lady|wife|husband|widow|widower|spouse)\\b[^.;:\"“”]{0,24}$");

    /** Offices and titles written before a last name alone (`President Harlow`, `Gov. Roe`), not a spouse's. */
    private static final Set<String> SPOUSE_TITLES = Lexicon.words("lady first mrs mrs. ms ms. miss wife husband");

    /** Whether {@code full}'s last name, after {@code title} (null: bare), is someone else than the spouse {@code full}. */
    static boolean otherBearer(Doc d, Tok title, String full) {
        if (title != null && (!title.cap || !Lexicon.TITLES.contains(title.low) || SPOUSE_TITLES.contains(title.low))) {
            return false;
        }
        if (!spouseOnly(d, full)) {
            return false;
        }
        if (title != null) {
            return true;
        }
        String last = full.substring(full.lastIndexOf(' ') + 1);
        if (d.titledLastNames == null) {
            d.titledLastNames = new HashMap<>();
        }
        // one scan of the text a last name: a name is asked about at each of its mentions
        return d.titledLastNames.computeIfAbsent(last, l -> titledSomewhere(d, l));
    }

    private static boolean titledSomewhere(Doc d, String last) {
        if (!titleWordBefore(d.s, last)) {
            return false; // most last names: the pattern below is compiled and run only where it may match
        }
        Matcher m = Pattern.compile("\\b([A-Z][a-z]+\\.?) " + Pattern.quote(last) + "\\b").matcher(d.s);
        while (m.find()) {
            String t = Lexicon.lower(m.group(1));
            if (Lexicon.TITLES.contains(t) && !SPOUSE_TITLES.contains(t)) {
                return true; // `President Harlow` somewhere: a bare `Harlow said` is his
            }
        }
        return false;
    }

    /**
     * Whether some ` last` in the text follows a capitalised word of lower-case letters (and a full stop) that is a
     * title and no spouse's: every match {@link #titledSomewhere}'s pattern accepts is such a word (its word
     * boundaries only take some away), so a no here is its no, found without compiling a pattern a last name.
     */
    private static boolean titleWordBefore(String s, String last) {
        String spaced = " " + last;
        for (int at = s.indexOf(spaced); at >= 0; at = s.indexOf(spaced, at + 1)) {
            int b = at > 0 && s.charAt(at - 1) == '.' ? at - 1 : at;
            int e = b;
            while (b > 0 && s.charAt(b - 1) >= 'a' && s.charAt(b - 1) <= 'z') {
                b--;
            }
            if (b == e || b == 0 || s.charAt(b - 1) < 'A' || s.charAt(b - 1) > 'Z') {
                continue; // not `[A-Z][a-z]+\.? ` before it
            }
            String t = Lexicon.lower(s.substring(b - 1, at));
            if (Lexicon.TITLES.contains(t) && !SPOUSE_TITLES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A quick test before {@link #SPOUSE}: none of its words in the text before a mention (most names) rules it out. */
    private static boolean spouseWordIn(String before) {
        return before.contains("lady") || before.contains("wife") || before.contains("husband")
                || before.contains("widow") || before.contains("spouse");
    }

    /** Every mention of {@code full} in the text follows a spouse word (`First Lady`, `his wife,`); one look a name. */
    private static boolean spouseOnly(Doc d, String full) {
        if (d.spouseBearers == null) {
            d.spouseBearers = new HashMap<>();
        }
        return d.spouseBearers.computeIfAbsent(full, f -> {
            int at = d.s.indexOf(f), seen = 0;
            for (; at >= 0; at = d.s.indexOf(f, at + f.length())) {
                String before = Lexicon.lower(d.s.substring(Math.max(0, at - 30), at));
                if (!spouseWordIn(before) || !SPOUSE.matcher(before).find()) {
                    return false;
                }
                seen++;
            }
            return seen > 0;
        });
    }
}
