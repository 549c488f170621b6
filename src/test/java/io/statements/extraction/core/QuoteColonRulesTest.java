package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session lead49, rule quote-colon-attribution: a quote opening its sentence, then a colon and a short clause with a
 * name and a verb of saying (`"The lander is down safely": agency chief R Kumaran said as ...`), as South Asian
 * outlets write a lead; a colon before anything else stays no attribution. Invented text.
 */
class QuoteColonRulesTest {

    @Test
    void aColonThenANameAndAVerbOfSayingAttributesTheQuote() {
        String text = "Probe lands\n\n"
                + "\"The lander is down safely\": agency chief R Kumaran said as the lander touched down.";
        assertEquals("R Kumaran", with(text, "The lander is down safely").speakerName());
    }

    @Test
    void aColonBeforeALabelIsNoAttribution() {
        String text = "Probe lands\n\n"
                + "\"The lander is down safely\": the words spread across the country within minutes.";
        assertNull(with(text, "The lander is down safely").speakerName());
    }
}
