package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n51a, rule document-modifiers ({@link DocumentModifiers}): a document's participle, date or relative clause
 * is never part of a name; the body that issued it speaks.
 */
class DocumentModifierRulesTest {

    @Test
    void aReportPublishedInAMonthIsItsBodys() {
        String text = """
                Harbour audit

                A Civic Audit Bureau report published in May said the authority had "treated every warning as a rumour" for years.
                """;
        assertEquals("Civic Audit Bureau", with(text, "treated every warning").speakerName());
    }

    @Test
    void aReportOnADateWhichSaidIsItsBodys() {
        String text = """
                Doping inquiry

                The federation acted after a KADA report on March 2 which said the riders used "the most careful cheating" for years.
                """;
        assertEquals("KADA", with(text, "the most careful cheating").speakerName());
    }

    @Test
    void aReportAfterACommaWhichSaidIsItsBodys() {
        String text = """
                Ferry licence

                The Maritime Safety Board (MSB) has withdrawn the licence of Pelorin Ferries.

                Ministers acted on the MSB report, which said the operator ran "a fleet held together by paint and luck".
                """;
        assertEquals("Maritime Safety Board", with(text, "a fleet held together").speakerName());
    }

    @Test
    void aReportReleasedInAMonthByABodyIsThatBodys() {
        String text = """
                Harbour audit

                A report released in May by the Civic Audit Bureau said the authority had "treated every warning as a rumour" for years.
                """;
        assertEquals("Civic Audit Bureau", with(text, "treated every warning").speakerName());
    }

    @Test
    void aDatedReportOfNoNamedBodyHasNoName() {
        String text = """
                Bridge closure

                A news report published on Tuesday said the bridge had been "closed without warning" to lorries.
                """;
        assertNull(with(text, "closed without warning").speakerName());
    }

    @Test
    void aVerbAfterTheDocumentIsNoModifier() {
        String text = """
                Quarry row

                Mayor Ilse Brandvold said the quarry would close. The statement conflicted with what the owner, Arno Feld, told the Courier about "a long future" for the site.
                """;
        assertEquals("Arno Feld", with(text, "a long future").speakerName());
    }
}
