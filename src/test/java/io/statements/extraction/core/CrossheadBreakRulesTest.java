package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names44, rule crosshead-break: a cue-less quote under a sub-heading is not the previous section's speaker
 * by nearness; without the sub-heading it still is. Invented text.
 */
class CrossheadBreakRulesTest {

    private static final String HEADED = "Ferry timetable cut\n\n"
            + "Transport chief Olwen Price told councillors the winter timetable would lose four sailings. \"We"
            + " cannot run empty boats,\" she said.\n\n"
            + "Islanders angry\n\n"
            + "\"The last boat home now leaves before the shops on the mainland even close.\"";

    private static final String PLAIN = "Ferry timetable cut\n\n"
            + "Transport chief Olwen Price told councillors the winter timetable would lose four sailings. \"We"
            + " cannot run empty boats,\" she said.\n\n"
            + "\"The last boat home now leaves before the shops on the mainland even close.\"";

    @Test
    void aQuoteUnderASubHeadingIsNotThePreviousSpeakers() {
        assertNull(with(HEADED, "The last boat home").speakerName());
    }

    @Test
    void withoutTheSubHeadingTheSpeakerContinues() {
        assertEquals("Olwen Price", with(PLAIN, "The last boat home").speakerName());
    }
}
