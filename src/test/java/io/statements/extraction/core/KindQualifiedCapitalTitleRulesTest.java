package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63d, rule kind-qualified-capital-title ({@link RoleMentions}): `the bank CEO` is the one person the text
 * gave the title `CEO` (`Harbour Bank CEO Lena Ortiz`): the body's kind says where the title is held, as a place
 * does. Not when two people hold the title: a kind fits any body. Invented text.
 */
class KindQualifiedCapitalTitleRulesTest {

    private static final String ONE = "Ortiz to retire\n\n"
            + "Harbour Bank CEO Lena Ortiz will retire at once, the bank said on Tuesday.\n\n"
            + "Ortiz faced Senator Tom Reyes at a hearing last month. The bank CEO said she was \"truly sorry\" for the"
            + " failures.";

    private static final String TWO = "Merger talks\n\n"
            + "Nordia CEO Sven Aas and Polar Bank CEO Ida Holm met on Monday.\n\n"
            + "Later the bank CEO said the talks were \"very useful for both sides\".";

    @Test
    void theBankCeoIsTheOneCeo() {
        assertEquals("Lena Ortiz", with(ONE, "truly sorry").speakerName());
    }

    @Test
    void ofTwoCeosTheKindSaysNobody() {
        String got = with(TWO, "very useful for both sides").speakerName();
        assertNotEquals("Sven Aas", got);
        assertNotEquals("Ida Holm", got);
    }
}
