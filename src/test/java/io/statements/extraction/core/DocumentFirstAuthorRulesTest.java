package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names38, rule document-first-author: a definite `the report` is the one the text introduced with its author
 * after `from` or `by` (also `released in March by`, `written by X, a detective`), when the latest earlier mention of
 * the same noun names one; another noun or an earlier report without an author gives none. Invented text.
 */
class DocumentFirstAuthorRulesTest {

    private static final String TEXT = "Inspector faults ferry agency on records\n\n"
            + "The ferry agency gave an incomplete answer to a records request in 2013, according to a draft report from the"
            + " Harbour Board's inspector general that is due out Thursday.\n\n"
            + "The agency made its reply to a request from a watchdog group. The answer came even though the director's"
            + " chief of staff knew of the private account, the report says.\n\n"
            + "A study released in March by the Kelso Institute found that fares had doubled since the merger. The study"
            + " concluded that riders paid more than in any other port city.\n\n"
            + "The charge against the captain is set out in an affidavit written by Tom Varga, a detective with the port"
            + " police. The affidavit said the captain had left the bridge twice during the storm.\n\n"
            + "An earlier memo had warned of delays at the dock. The memo said the cranes were too old to be repaired.\n\n"
            + "A statement issued by the Chief Press Adviser to the Mayor for Harbour Affairs and Tourism Ida Berg said the"
            + " mayor had no quarrel with the board.\n\n"
            + "The statement reads: \"The mayor urges the public to ignore the rumours about the harbour.\"";

    @Test
    void theReportIsTheOneFromTheInspectorGeneral() {
        assertEquals("Harbour Board's inspector general", with(TEXT, "The answer came").speakerName());
    }

    @Test
    void theStudyIsTheInstitutes() {
        assertEquals("Kelso Institute", with(TEXT, "riders paid more").speakerName());
    }

    @Test
    void theAffidavitIsTheDetectives() {
        assertEquals("Tom Varga", with(TEXT, "left the bridge twice").speakerName());
    }

    @Test
    void theStatementIsAsItsFirstSentenceResolvedIt() {
        // `A statement issued by <a long title> Ida Berg said`: the name its own sentence's speaker got, not `Assistant`
        String first = with(TEXT, "no quarrel with the board").speakerName();
        assertEquals(first, with(TEXT, "ignore the rumours").speakerName());
        assertTrue(first.endsWith("Ida Berg"), first);
    }

    @Test
    void aMemoWithoutAuthorStaysWithout() {
        assertNull(with(TEXT, "cranes were too old").speakerName());
    }
}
