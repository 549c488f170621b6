package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names27, rule label-spelling: a headline label in mixed case keeps its capitals (`Nora McPike:` is Nora
 * McPike, not `Nora mcpike`); a transcript label in capitals is title-cased word by word (`TOM REYES:` is Tom Reyes).
 * Invented text.
 */
class LabelSpellingRulesTest {

    private static final String HEADLINE = "Nora McPike: The Ferry Will Run All Winter\n\n"
            + "Harbour board member Nora McPike told reporters on Monday that the ferry would keep running.";

    private static final String TRANSCRIPT = "Ferry talk\n\n"
            + "Harbour radio asked the candidates about the ferry.\n\n"
            + "ANN HOLT: Will the ferry run all winter?\n\n"
            + "TOM REYES: It will run every day, and on time.";

    @Test
    void aMixedCaseLabelKeepsItsCapitals() {
        assertEquals("Nora McPike", with(HEADLINE, "The Ferry Will Run All Winter").speakerName());
    }

    @Test
    void aLabelInCapitalsIsTitleCased() {
        assertEquals("Tom Reyes", with(TRANSCRIPT, "every day, and on time").speakerName());
    }
}
