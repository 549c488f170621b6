package io.statements.utterance;

import java.util.regex.Pattern;

/** Curly, angle and typewriter quotation marks, and apostrophe look-alikes, reduced to one apostrophe or none. */
final class QuotationMarks implements TextRule {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC\u0060\u00B4\u2032]");
    private static final Pattern QUOTES = Pattern.compile("[\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D]");

    private static final String MARKS = "\u2019\u2018\u02BC\u0060\u00B4\u2032\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D";

    @Override
    public String apply(String text) {
        if (!TextRule.containsAny(text, MARKS)) {
            return text; // most texts: no regular expression runs
        }
        return QUOTES.matcher(APOSTROPHES.matcher(text).replaceAll("'")).replaceAll(" ");
    }
}
