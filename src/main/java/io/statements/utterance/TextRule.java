package io.statements.utterance;

import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * One normalisation rule applied to a report's text before reports are compared. Rules run in the order
 * {@link ReportText} lists them; each is one family of differences between reports of the same words.
 */
interface TextRule {

    String apply(String text);

    /** Each match replaced by what {@code by} makes of it (taken literally). */
    static String replace(Matcher m, String text, Function<Matcher, String> by) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(by.apply(m));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Whether the text holds any of the characters: rules skip their regular expressions for most texts. */
    static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
