package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule trade-before-name: wire copy's trades before a source's name are no part of it. */
class TradeBeforeSourceNameRulesTest {

    @Test
    void anAnalystOpeningTheSentenceIsNoFirstName() {
        String text = "Analyst Kwabena Osei said the currency was \"badly oversold.\"";
        assertEquals("Kwabena Osei", with(text, "badly oversold.").speakerName());
    }

    @Test
    void aLawyerBeforeAParticleNameToo() {
        String text = "Lawyer Sanne van den Heuvel called the verdict \"a turning point.\"";
        assertEquals("Sanne van den Heuvel", with(text, "a turning point.").speakerName());
    }
}
