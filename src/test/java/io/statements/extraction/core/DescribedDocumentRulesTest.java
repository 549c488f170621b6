package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names31, rule described-document: a document whose author the text does not give (`the congressional
 * report said`) speaks under its description, not under no name; a mention that ran on past the document noun gets
 * none. Invented text.
 */
class DescribedDocumentRulesTest {

    private static final String TEXT = "Port hack\n\n"
            + "Hackers reached the harbour board's servers in 2014 and 2015.\n\n"
            + "\"Even the chairwoman's laptop had been opened by a foreign service,\" the congressional report said.\n\n"
            + "The Harbour Forum is being held ahead of a significant ruling expected in coming weeks on a case filed by"
            + " the port.";

    @Test
    void theReportSpeaksUnderItsDescription() {
        assertEquals("congressional report", with(TEXT, "chairwoman's laptop").speakerName());
    }

    @Test
    void aMentionRunningOnIsNoDescription() {
        assertNull(with(TEXT, "in coming weeks on a case").speakerName());
    }
}
