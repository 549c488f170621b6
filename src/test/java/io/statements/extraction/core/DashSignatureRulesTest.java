package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session n50f, rule dash-signature: a hyphen or en dash after the closing mark signs the quote. Invented text. */
class DashSignatureRulesTest {

    private static final String TEXT = "Valley towns split over the new bus routes\n\n"
            + "The county council published its new bus map on Monday.\n\n"
            + "\"The last bus now leaves before the night shift ends.\" - Oskar Threnody, care worker\n\n"
            + "\"We finally have a route to the hospital.\"- Leontyne Abara\n\n"
            + "\"Three villages have lost their only service.\" \u2013 Gwilym Ferreira-Nakamura, parish clerk\n\n"
            + "The plan follows the \"Link\"-style routes of the \"2019\"-2021 trial.";

    @Test
    void aSpacedHyphenAfterTheClosingMarkSignsTheQuote() {
        ExtractedStatement s = with(TEXT, "The last bus now leaves");
        assertEquals("dash", s.sieve());
        assertEquals("Oskar Threnody", s.speakerName());
    }

    @Test
    void aHyphenGluedToTheClosingMarkSignsTheQuote() {
        assertEquals("Leontyne Abara", with(TEXT, "We finally have a route").speakerName());
    }

    @Test
    void anEnDashSignsTheQuoteAndAHyphenatedSurnameStaysWhole() {
        assertEquals("Gwilym Ferreira-Nakamura", with(TEXT, "Three villages have lost").speakerName());
    }

    @Test
    void aHyphenatedWordOrARangeAfterTheClosingMarkIsNoSignature() {
        for (ExtractedStatement s : all(TEXT)) {
            assertTrue(!"dash".equals(s.sieve()) || s.speakerName() != null, s.toString());
            assertTrue(!s.text().contains("Link") && !s.text().contains("2019") || !"dash".equals(s.sieve()),
                    s.toString());
        }
    }
}
