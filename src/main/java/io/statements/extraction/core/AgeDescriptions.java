package io.statements.extraction.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule age-description (session names27): `said the 46-year-old`, `the 43-year-old asked` (`the` and an age as the
 * head) stands, like `the candidate`, for the person who spoke last or whom the sentence before is about
 * ({@link DefiniteDescriptions#antecedent}); the age was reported as the speaker's name. `a 21-year-old` introduces
 * someone else and keeps no name from it.
 */
final class AgeDescriptions {

    private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");

    private AgeDescriptions() {
    }

    /** True for the mention [a, end] `the 46-year-old` (perhaps with one adjective: `the retired 70-year-old`). */
    static boolean definite(List<Tok> toks, int a, int end) {
        return end - a >= 1 && end - a <= 2 && toks.get(a).low.equals("the") && AGE.matcher(toks.get(end).low).matches();
    }
}
