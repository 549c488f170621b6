package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Session names37, rule according-to-appositive ({@link AccordingToSpans#withAppositiveName}): `according to` a
 * description of a person and, between commas, their name: the name is part of the source, not of the content.
 * Invented text.
 */
class AccordingToAppositiveRulesTest {

    private static final String TEXT = "Bakery chain to close stores\n\n"
            + "According to the chain's finance director, Tomasz Wrobel, \"the shops in the north have lost money for "
            + "three years\".\n\n"
            + "According to the union's spokeswoman, Ada Lindqvist, most of the staff will lose their jobs in "
            + "March.\n\n"
            + "According to the annual report, Northern Ireland, Wales and Scotland had the weakest sales.";

    @Test
    void theNameBetweenCommasIsTheSourcesApposition() {
        ExtractedStatement s = with(TEXT, "shops in the north");
        assertEquals("Tomasz Wrobel", s.speakerName());
        ExtractedStatement told = with(TEXT, "lose their jobs");
        assertEquals("Ada Lindqvist", told.speakerName());
        assertFalse(told.text().contains("Lindqvist"), told.text());
    }

    @Test
    void notAfterADescriptionOfAThing() {
        assertFalse(with(TEXT, "weakest sales").speakerName() != null
                && with(TEXT, "weakest sales").speakerName().contains("Ireland"));
    }
}
