package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names28, rule agreement-intro: `X agreed.` before a cue-less quote introduces it; the quote is X's, not a
 * continuation of the speaker before. Invented text.
 */
class AgreementIntroRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "\"The ferry vote decides this race and everybody on the quay knows it,\" said Tom Reyes, a dock"
            + " foreman.\n\n"
            + "Harbour College's Ida Berg agreed. \"Nobody wins the town without the ferry crews on their side.\"";

    @Test
    void theAgreeingSpeakerHasTheQuote() {
        assertEquals("Ida Berg", with(TEXT, "Nobody wins the town").speakerName());
    }
}
