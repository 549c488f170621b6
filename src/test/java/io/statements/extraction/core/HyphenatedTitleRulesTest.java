package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule hyphenated-title: `Secretary-General`, `Director-General` are titles, not first names. */
class HyphenatedTitleRulesTest {

    @Test
    void aHyphenatedTitleIsStrippedFromTheName() {
        String text = "Director-General Oskar Brandvik told the assembly that the fund was \"nearly empty.\"";
        assertEquals("Oskar Brandvik", with(text, "nearly empty.").speakerName());
    }

    @Test
    void aHyphenatedNameStays() {
        String text = "Jean-Luc Ferrand-Moreau told the assembly that the fund was \"nearly empty.\"";
        assertEquals("Jean-Luc Ferrand-Moreau", with(text, "nearly empty.").speakerName());
    }
}
