package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a participle phrase after a source (`another harbour source speaking to Coast FM`, `one
 * official speaking on condition of anonymity`) is no part of its name: the source speaks, not the station. Invented
 * text.
 */
class ParticipleAfterSourceRulesTest {

    private static final String TEXT = "Pumps\n\n"
            + "Another harbour source speaking to Coast FM said, \"The pumps failed twice this winter.\"\n\n"
            + "One official speaking on condition of anonymity said the pumps had \"failed before the storm.\"";

    @Test
    void theSourceSpeaksNotTheStationItSpokeTo() {
        ExtractedStatement st = with(TEXT, "failed twice this winter");
        assertEquals("harbour source", st.speakerName());
        assertEquals(SpeakerKind.ANONYMOUS, st.speakerKind());
    }

    @Test
    void theParticipleIsNoPartOfTheName() {
        ExtractedStatement st = with(TEXT, "failed before the storm");
        assertEquals("official", st.speakerName());
        assertEquals(SpeakerKind.ANONYMOUS, st.speakerKind());
    }
}
