package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n63c, rule document-author-ends-at-verb ({@link NamedDocuments}): `A statement from the Velden Port Trust
 * blamed the weather` ... `the statement said`: the author after `from` or `by` ends at the document's own verb, so
 * the statement is the trust's; a lower-case body noun closing the name stays part of it. Invented text.
 */
class DocumentAuthorVerbRulesTest {

    @Test
    void aStatementFromABodyBeforeItsVerbIsTheBodys() {
        String text = "Ferry cancelled\n\n"
                + "A statement from the Kelmar Harbour Trust blamed the gale for the cancellation.\n\n"
                + "\"No passenger was ever at risk,\" the statement said.";
        assertEquals("Kelmar Harbour Trust", with(text, "No passenger was ever at risk").speakerName());
    }

    @Test
    void aReportByABodyBeforeItsVerbIsTheBodys() {
        String text = "Schools short of teachers\n\n"
                + "A report by the Ostrey Education Council criticised staffing in 40 schools.\n\n"
                + "\"Rural pupils lose most,\" the report says.";
        assertEquals("Ostrey Education Council", with(text, "Rural pupils lose most").speakerName());
    }

    @Test
    void aBodyNounAfterTheNameStaysInTheAuthor() {
        String text = "Wetland warning\n\n"
                + "A report from the Marsh Watch group warned of drying ponds.\n\n"
                + "\"Half the ponds are gone,\" the report said.";
        String name = with(text, "Half the ponds are gone").speakerName();
        assertTrue(name.startsWith("Marsh Watch") && !name.contains("warned"), name);
    }
}
