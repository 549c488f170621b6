package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names27, rule age-description: `said the 46-year-old` is the person the article is about. Invented text. */
class AgeDescriptionRulesTest {

    private static final String TEXT = "Reyes wants ferry cuts\n\n"
            + "Harbour candidate Tom Reyes wants the ferry budget cut by a third.\n\n"
            + "\u201cThe boats run half empty all winter. We cannot pay for that,\u201d the 46-year-old said this week.";

    @Test
    void theAgeIsThePersonWhoSpoke() {
        assertEquals("Tom Reyes", with(TEXT, "half empty all winter").speakerName());
    }
}
