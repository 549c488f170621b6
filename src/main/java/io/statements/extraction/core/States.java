package io.statements.extraction.core;

import java.util.HashMap;
import java.util.Map;

/** US states by their newspaper abbreviation (`Calif.`, `N.Y.`), postal code (`CA`) or name, lower-cased. */
final class States {
    private static final Map<String, String> BY_TAG = new HashMap<>();

    static {
        String[] rows = """
                alabama ala al|alaska alaska ak|arizona ariz az|arkansas ark ar|california calif ca|colorado colo co
                connecticut conn ct|delaware del de|florida fla fl|georgia ga ga|hawaii hawaii hi|idaho idaho id
                illinois ill il|indiana ind in|iowa iowa ia|kansas kan ks|kentucky ky ky|louisiana la la|maine maine me
                maryland md md|massachusetts mass ma|michigan mich mi|minnesota minn mn|mississippi miss ms
                missouri mo mo|montana mont mt|nebraska neb ne|nevada nev nv|new_hampshire nh nh|new_jersey nj nj
                new_mexico nm nm|new_york ny ny|north_carolina nc nc|north_dakota nd nd|ohio ohio oh|oklahoma okla ok
                oregon ore or|pennsylvania pa pa|rhode_island ri ri|south_carolina sc sc|south_dakota sd sd
                tennessee tenn tn|texas tex tx|utah utah ut|vermont vt vt|virginia va va|washington wash wa
                west_virginia wva wv|wisconsin wis wi|wyoming wyo wy""".split("[|\\n]");
        for (String row : rows) {
            String[] w = row.trim().split(" ");
            String name = w[0].replace('_', ' ');
            BY_TAG.put(name.replace(" ", ""), name);
            BY_TAG.put(w[1], name);
            BY_TAG.put(w[2], name);
        }
    }

    /** The longest key (`massachusetts`): a longer word, periods and whitespace aside, names no state. */
    private static final int LONGEST = BY_TAG.keySet().stream().mapToInt(String::length).max().orElse(0);

    private States() {
    }

    /**
     * {@code full(first + second)} (`New` `Jersey`, `N.` `Y.`) without joining two words too long together for any
     * key: lower-casing turns each other character into one or more of the key (a key is ASCII letters only), so more
     * than {@link #LONGEST} of them give null anyway.
     */
    static String full(String first, String second) {
        return first.length() + second.length() - dotsAndSpaces(first) - dotsAndSpaces(second) > LONGEST ? null
                : full(first + second);
    }

    private static int dotsAndSpaces(String w) {
        int k = 0;
        for (int i = 0; i < w.length(); i++) {
            k += dotOrSpace(w.charAt(i)) ? 1 : 0;
        }
        return k;
    }

    /**
     * The state's name in lower case (`utah`, `new york`) for `Utah`, `Calif.`, `N.Y.`, `TX`; else null. Two lower-case
     * letters without a period are a word (`in`, `me`, `or`, `ok`), not a postal code.
     */
    static String full(String tag) {
        String key = withoutDotsAndSpaces(Lexicon.lower(tag));
        if (key.length() == 2 && tag.indexOf('.') < 0 && tag.equals(Lexicon.lower(tag))) {
            return null;
        }
        return BY_TAG.get(key);
    }

    /**
     * The word without periods and whitespace, as {@code replaceAll("[.\\s]", "")} (`\s` is ASCII whitespace) but
     * without compiling a regular expression per call: description ties ask for every word before a capitalised one.
     */
    private static String withoutDotsAndSpaces(String w) {
        int i = 0;
        while (i < w.length() && !dotOrSpace(w.charAt(i))) {
            i++;
        }
        if (i == w.length()) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length()).append(w, 0, i);
        for (; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!dotOrSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean dotOrSpace(char c) {
        return c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
