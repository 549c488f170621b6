package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction7: `CLAUSE, said Name, a long appositive.` and a quote that is the complement of an earlier verb
 * of saying. Invented text.
 */
class InvertedSpeakerTailRulesTest {

    private static final String TEXT = "Port report\n\n"
            + "The dredging will cost more than the harbour board has admitted, said Mia Lund, director of the "
            + "Centre for Coastal Studies at the University of Westmarch, North Campus, who has studied the bay for "
            + "two decades.\n\n"
            + "But even as the mayor insisted on Monday that \"the quay is safe for every vessel,\" the chief "
            + "engineer of the port authority said the two surveys disagreed.";

    @Test
    void aLongAppositiveAfterTheInvertedSpeakerIsAnAdjunct() {
        ExtractedStatement s = with(TEXT, "dredging will cost more");
        assertEquals("reported-speech", s.sieve());
        assertEquals("Mia Lund", s.speakerName());
        assertTrue(s.text().endsWith("has admitted"));
    }

    @Test
    void aQuoteAfterThatBelongsToTheVerbBeforeIt() {
        ExtractedStatement s = with(TEXT, "safe for every vessel");
        assertEquals("leading-cue", s.sieve());
        assertEquals("the mayor", s.speakerMention().text());
        ExtractedStatement engineers = with(TEXT, "two surveys disagreed");
        assertEquals("the chief engineer of the port authority", engineers.speakerMention().text());
    }
}
