package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule cited-source: the plural noun a `citing`/`quoting` phrase ends is no verb of saying. */
class CitedSourceRulesTest {

    @Test
    void theReportsACitingPhraseNamesDoNotTakeTheQuote() {
        String text = "Trade Minister Ilse Brandvold said, citing customs reports, that imports had "
                + "\"fallen off a cliff.\"";
        assertEquals("Ilse Brandvold", with(text, "fallen off a cliff.").speakerName());
    }

    @Test
    void aQuotingPhraseIsTheSame() {
        String text = "The agency said, quoting harbour reports, that the ferry was \"back in service.\"";
        assertEquals("agency", with(text, "back in service.").speakerName());
    }
}
