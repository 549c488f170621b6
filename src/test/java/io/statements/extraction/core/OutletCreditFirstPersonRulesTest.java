package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n50e, rule outlet-credit-first-person ({@link RelayedReports}): an outlet reporting after a first-person
 * quote only credits it; the quote is the running speaker's. A third-person quote stays the outlet's. Invented text.
 */
class OutletCreditFirstPersonRulesTest {

    @Test
    void aFirstPersonQuoteIsTheRunningSpeakers() {
        String text = "\"This is the worst day our airline has known,\" Henri Dulac told reporters at the airport. \"I "
                + "gave them the facts: nobody expects to find anyone alive now,\" the Daily Courier reports.";
        assertEquals("Henri Dulac", with(text, "nobody expects to find anyone").speakerName());
    }

    @Test
    void aThirdPersonQuoteStaysTheOutlets() {
        String text = "\"This is the worst day our airline has known,\" Henri Dulac told reporters at the airport. \"The "
                + "search will go on for days and may find nothing at all,\" the Daily Courier reports.";
        assertEquals("Daily Courier", with(text, "search will go on").speakerName());
    }
}
