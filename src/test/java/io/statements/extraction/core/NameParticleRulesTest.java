package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names31, rule name-particles: Dutch and German names with two particles (`van der`, `von der`) or the Dutch
 * article (`in 't`) stay whole; they were cut to the last word (`Berg`) or the first (`Sophie`). Invented names.
 */
class NameParticleRulesTest {

    private static final String TEXT = "Harbour union\n\n"
            + "\"The union is coming apart at the seams,\" said Marijke in 't Zand, a Dutch member of the assembly."
            + " \"It is a risk everywhere.\"\n\n"
            + "In 't Zand said the ferry treaty was the first sign of it.\n\n"
            + "\"We will see what the winter brings,\" Anna van der Berg, a port official, said.\n\n"
            + "\"Nobody is leaving yet,\" said Ulla von der Heide.";

    @Test
    void theDutchArticleStaysInTheName() {
        assertEquals("Marijke in 't Zand", with(TEXT, "coming apart at the seams").speakerName());
    }

    @Test
    void theNameAfterItsArticleIsTheFullName() {
        assertEquals("Marijke in 't Zand", with(TEXT, "the ferry treaty was").speakerName());
    }

    @Test
    void twoParticlesStayInTheName() {
        assertEquals("Anna van der Berg", with(TEXT, "what the winter brings").speakerName());
        assertEquals("Ulla von der Heide", with(TEXT, "Nobody is leaving").speakerName());
    }
}
