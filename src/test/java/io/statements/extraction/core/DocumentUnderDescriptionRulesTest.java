package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names33, rule document-under-description: a document whose author the text never gives speaks under its
 * own description (as the annotated slices name `congressional report`), not under no name at all. Invented text.
 */
class DocumentUnderDescriptionRulesTest {

    private static final String TEXT = "Dredging plans questioned\n\n"
            + "Work on the harbour channel stopped in May. \"The silt was never tested for metals,\" the inspection"
            + " report said.\n\n"
            + "Boats waited outside the bar for a week. \"Pilots were told nothing about the closure,\" the 30 second"
            + " ad says.";

    @Test
    void anUnattributedReportSpeaksUnderItsDescription() {
        assertEquals("inspection report", with(TEXT, "never tested for metals").speakerName());
    }

    @Test
    void aDurationStaysWithItsNumber() {
        assertEquals("30 second ad", with(TEXT, "Pilots were told nothing").speakerName());
    }
}
