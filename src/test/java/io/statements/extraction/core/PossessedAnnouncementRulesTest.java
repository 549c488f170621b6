package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule possessed-announcement: `X said ... about Y's announcement that he would make "..."`: the
 * quote inside Y's announcement is Y's; `X said Y's claim that Z ... is "..."` stays X's verdict.
 */
class PossessedAnnouncementRulesTest {

    @Test
    void theQuoteInsideTheAnnouncementIsTheAnnouncers() {
        String text = "\"The school needs the money,\" Dana Holt wrote, responding to a question on Governor Tom "
                + "Ruiz's announcement that he would find \"fresh funds\" for the library by spring.";
        assertEquals("Tom Ruiz", with(text, "fresh funds").speakerName());
    }

    @Test
    void aVerdictOnSomeonesClaimStaysTheSpeakers() {
        String text = "Campaign spokeswoman Dana Holt said Thursday that Ruiz's claim that the mayor is in favour of "
                + "closing the port is \"simply wrong.\"";
        assertEquals("Dana Holt", with(text, "simply wrong").speakerName());
    }
}
