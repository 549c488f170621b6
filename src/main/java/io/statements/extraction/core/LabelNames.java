package io.statements.extraction.core;

import java.util.Map;
import java.util.Set;

/**
 * Rule label-spelling (session names27): a transcript or headline label's name as the article spells it. A label in
 * mixed case keeps its capitals (`Bill Clinton:`, `Cecile Richards:` named `Bill clinton`, `Cecile richards`, a name
 * nowhere in the article); one in capitals is title-cased word by word (`JAKE TAPPER:` → `Jake Tapper`), except a
 * short word that is no known last name, an acronym (`CNN:`).
 */
final class LabelNames {

    private static final Set<String> SMALL_WORDS = Lexicon.words("of the and for in on a an to at by");

    private LabelNames() {
    }

    /** The label's name key: `Bill Clinton`, `Jake Tapper` for `JAKE TAPPER`, `Trump` for `TRUMP`, `CNN`. */
    static String spelled(String label, Map<String, String> lastNameToFull) {
        if (label.length() <= 1 || !allCapitals(label)) {
            return label;
        }
        String[] words = label.split(" ");
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String low = Lexicon.lower(w);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(i > 0 && SMALL_WORDS.contains(low) || w.isEmpty() ? low
                    : Character.toUpperCase(w.charAt(0)) + low.substring(1));
        }
        String key = sb.toString();
        return words.length == 1 && label.length() <= 4 && !lastNameToFull.containsKey(key) ? label : key;
    }

    private static boolean allCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
