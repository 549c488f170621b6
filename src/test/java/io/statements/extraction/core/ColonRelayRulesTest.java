package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names44, rule colon-relay: `X said: "A," the Gazette reported.` A named outlet reporting after a quote its
 * speaker introduced with a colon relays the sentence; the quote stays X's. Without the colon the outlet keeps it
 * (PolNeAR's annotators give `X said "A," the Post reported` to the outlet). Invented text.
 */
class ColonRelayRulesTest {

    private static final String TEXT = "Mill closure\n\n"
            + "Union organiser Brenda Okafor said: \"Nobody told us the mill was for sale,\" the Northern Gazette"
            + " reported on Friday.\n\n"
            + "\"We found out from the radio,\" the Valley Echo reported.";

    @Test
    void aNamedOutletRelaysAColonIntroducedQuote() {
        assertEquals("Brenda Okafor", with(TEXT, "Nobody told us the mill").speakerName());
    }

    @Test
    void aNamedOutletKeepsAQuoteNobodyIntroduced() {
        assertEquals("Valley Echo", with(TEXT, "We found out from the radio").speakerName());
    }
}
