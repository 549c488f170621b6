package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names41, rule relayed-report ({@link RelayedReports}, asked by {@link TrailingCueSieve} and
 * {@link PostposedCueSieve}): unnamed media reporting after a quote whose own clause has a speaker only relay it.
 * Invented text.
 */
class RelayedReportRulesTest {

    @Test
    void stateMediaAfterAQuoteWithItsOwnSpeakerOnlyRelay() {
        String text = "Vice Premier Tang Weiming on Monday promised to \"open every sector that can be opened\" to "
                + "foreign investors, state media reported.";
        assertEquals("Tang Weiming", with(text, "open every sector").speakerName());
    }

    @Test
    void localTelevisionAfterAColonIntroducedQuoteOnlyRelays() {
        String text = "The harbour master, Olu Adebayo, said: \"The channel will stay closed until the wreck is "
                + "lifted,\" local television reported.";
        assertEquals("Olu Adebayo", with(text, "The channel will stay closed").speakerName());
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().startsWith("local television"), "the relay is no statement: " + s.text());
        }
    }

    @Test
    void mediaReportingAQuoteWithNoSpeakerBeforeItKeepIt() {
        String text = "\"The border crossing will reopen on Thursday,\" state media reported.";
        assertEquals("state media", with(text, "The border crossing").speakerName());
    }

    @Test
    void aNamedOutletKeepsTheSentenceAsPolNeArDoes() {
        String text = "Ms Varga said on Friday that the merger was \"a done deal,\" the Ledger reported.";
        assertEquals("Ledger", with(text, "a done deal").speakerName());
    }
}
