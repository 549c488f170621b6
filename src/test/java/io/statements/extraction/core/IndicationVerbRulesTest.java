package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Verbs of indicating, recommending and characterising that were cues for quotes only now make reported speech too
 * (session extraction14: indicated, implied, considers, recommended, preferred, portrayed, referred, cites, ...; each
 * marked by PolNeAR in most of its uses and kept only where its own statements were mostly right on train and dev).
 * Invented sentences.
 */
class IndicationVerbRulesTest {

    private static final String LEAD = "Port fees.\n\n";

    @Test
    void indicatedReportsItsClause() {
        ExtractedStatement s = with(LEAD + "The Harbour Board indicated that the fees would rise in May.", "fees would rise");
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("indicated", s.cue().text());
        assertEquals("Harbour Board", s.speakerName());
        assertEquals("the fees would rise in May", s.text());
    }

    @Test
    void recommendedReportsItsClause() {
        ExtractedStatement s = with(LEAD + "Ida Berg recommended that the ferry run at night.", "the ferry run at night");
        assertEquals("recommended", s.cue().text());
        assertEquals("Ida Berg", s.speakerName());
    }

    @Test
    void portrayedReportsItsCharacterisation() {
        ExtractedStatement s = with(LEAD + "Mayor Anna Holt portrayed the vote as a victory for the crews.",
                "a victory for the crews");
        assertEquals("portrayed", s.cue().text());
        assertEquals("Anna Holt", s.speakerName());
    }

    @Test
    void referredReportsWhatItRefersTo() {
        ExtractedStatement s = with(LEAD + "Tom Reyes referred to the plan as a gamble with public money.", "a gamble");
        assertEquals("referred", s.cue().text());
        assertEquals("Tom Reyes", s.speakerName());
    }
}
