package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule tex-double-marks: two backquotes open a double quote that two apostrophes close (text set in
 * TeX or typewriter style). Invented text.
 */
class TexDoubleMarkRulesTest {

    @Test
    void twoBackquotesOpenAQuote() {
        String text = "Ferry sailings cancelled\n\nAll sailings were cancelled on Friday. ``The swell was far too high for"
                + " a crossing,'' said Oskar Brandvold, the harbour master.";
        assertEquals("Oskar Brandvold", with(text, "The swell was far too high").speakerName());
    }

    @Test
    void aShortTexQuoteInsideASentence() {
        String text = "Dockers strike\n\nThe port director, Wenona Blackfeather, refused to meet what she calls a"
                + " ``small faction'' of the workforce.";
        assertEquals("Wenona Blackfeather", with(text, "small faction").speakerName());
    }
}
