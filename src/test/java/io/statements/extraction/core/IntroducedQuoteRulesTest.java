package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction7: a paragraph that issues a text (`X released the following statement:`) or opens with an
 * inverted verb of saying (`Added the mayor:`) introduces the quote paragraph after it; `"...," she went on.`
 * Invented text.
 */
class IntroducedQuoteRulesTest {

    private static final String TEXT = "Harbour fire\n\n"
            + "After the fire, Governor Ellis Varga released the following statement:\n\n"
            + "\"Our thoughts are with the crews who worked through the night to save the old pier.\"\n\n"
            + "The council met at noon. Added the mayor, Ida Berg:\n\n"
            + "\"We will rebuild the pier before the summer season starts.\"\n\n"
            + "Berg spoke for an hour. \"The insurance will cover most of the damage,\" she went on.";

    @Test
    void aReleasedStatementIsItsIssuers() {
        ExtractedStatement s = with(TEXT, "Our thoughts are with the crews");
        assertEquals("colon-intro", s.sieve());
        assertEquals("Ellis Varga", s.speakerName());
        assertEquals("released", s.cue().text());
    }

    @Test
    void anInvertedVerbOfSayingBeforeTheColonTakesTheSubjectAfterIt() {
        ExtractedStatement s = with(TEXT, "We will rebuild the pier");
        assertEquals("colon-intro", s.sieve());
        assertEquals("Ida Berg", s.speakerName());
    }

    @Test
    void wentOnAfterAQuoteIsAVerbOfSaying() {
        ExtractedStatement s = with(TEXT, "insurance will cover most");
        assertEquals("trailing-cue", s.sieve());
        assertEquals("she", s.speakerMention().text());
        assertEquals("Ida Berg", s.speakerName());
    }
}
