package io.statements.utterance;

import java.util.Set;

/**
 * How much a word tells reports apart. Function words weigh little: a report that says "of" where another says
 * "to" is still the same report, one that says "school" where another says "hospital" is not. Words are reduced
 * to a light stem ("preventing" = "prevent", "losses" = "loss") so that reported speech and quotes meet.
 */
final class Words {

    static final double FUNCTION_WEIGHT = 0.2;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
            "did", "done", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "as", "up",
            "out", "off", "over", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
            "they", "them", "their", "what", "which", "who", "whom", "whose", "when", "where", "how", "why", "all",
            "any", "some", "such", "very", "just", "also", "too", "only", "own", "same", "other", "more", "most",
            "not", "no", "going", "get", "got", "let", "like", "well", "now", "one", "s", "t");

    private Words() {
    }

    static double weight(String stem) {
        return FUNCTION_WORDS.contains(stem) ? FUNCTION_WEIGHT : 1.0;
    }

    /** A light English stemmer: plural and verb endings only, never below three letters. */
    static String stem(String word) {
        if (FUNCTION_WORDS.contains(word) || word.length() <= 3) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "stopped" -> "stopp" -> "stop"; the final e is dropped everywhere, so "hoped" and "hope" meet as "hop". */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
