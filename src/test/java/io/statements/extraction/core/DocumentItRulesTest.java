package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule it-document: an `it` opening the sentence after one whose subject is a document is that
 * document: its author speaks, not the organisation named last.
 */
class DocumentItRulesTest {

    @Test
    void itAfterADocumentSubjectIsTheDocumentsAuthor() {
        String text = "Acme Corp shares fell on Thursday after its results came out early.\n\n"
                + "The company's results statement, filed with the Exchange Commission, was published three hours "
                + "ahead of schedule.\nIt says \"DRAFT, DO NOT RELEASE\" at the top of the first page.";
        assertEquals("Acme Corp", with(text, "DO NOT RELEASE").speakerName());
    }
}
