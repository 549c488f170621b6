package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names36, rule it-document: an `it` opening the sentence after one whose subject is a document is that
 * document: its author speaks, not the organisation named last.
 */
class DocumentItRulesTest {

    @Test
    void itAfterADocumentSubjectIsNoBodyNamedInItsSentence() {
        String text = "Acme Corp opened two new bakeries in the north this spring.\n\n"
                + "The company's yearly report, sent to the Trade Commission, was released on Friday.\n"
                + "It says \"bread sales doubled in both towns\" and promises more shops.";
        // the report names no author the index knows: unresolved, never the body it was sent to
        assertNull(with(text, "bread sales doubled").speakerName());
    }
}
