package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule world-place-not-first-name: `Hong` after `spokeswoman Hong Ming` (a family name first) and
 * `Hong Kong` in the same story is the spokeswoman; the place is no second person called `Hong`. Invented text.
 */
class WorldPlaceFirstNameRulesTest {

    @Test
    void familyNameFirstBesideAPlace() {
        String text = "Ministry rejects trade office claims\n\n"
                + "BEIJING - The commerce ministry on Thursday rejected claims about a new trade office in Hong Kong.\n\n"
                + "Ministry spokeswoman Hong Ming told a briefing that the office would open next year as planned.\n\n"
                + "Hong said: \u201cThe office serves exporters in Hong Kong and nobody else.\u201d";
        assertEquals("Hong Ming", with(text, "serves exporters").speakerName());
    }
}
