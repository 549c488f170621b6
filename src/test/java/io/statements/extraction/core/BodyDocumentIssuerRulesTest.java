package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n74c: documents speak for the issuer the text ties them to, and body descriptions for the body named. A
 * notice issued in a participle phrase (`after issuing a notice`) is the clause subject's; `the statement` taking up a
 * joint statement is no single party's; a statement `on the Harbour Board website` is the board's; `the ferry
 * operator` is the one body whose name holds `Ferries`; a body's name cut before its `for` tail by the subject finder
 * is the whole name. Invented text.
 */
class BodyDocumentIssuerRulesTest {

    private static final String NOTICE = "Council halts spending\n\n"
            + "Brenmoor District Council, the smallest authority in the county, has frozen its budget after issuing a"
            + " section 114 notice on Monday.\n\n"
            + "The notice, which stops all but essential spending, read: \"Brenmoor District Council cannot balance"
            + " its books this year without help from ministers.\"";

    private static final String JOINT = "Talks end in a pause\n\n"
            + "The Norland Foreign Ministry and the Vestria Foreign Office held talks in Geneva on Friday.\n\n"
            + "Only the Norland minister, Anna Holt, faced reporters afterwards. She read out a joint statement.\n\n"
            + "\"Both sides will pause the shelling from noon on Saturday to exchange the wounded,\" the statement"
            + " said.";

    private static final String OWN = "Talks end in a pause\n\n"
            + "The Norland Foreign Ministry and the Vestria Foreign Office held talks in Geneva on Friday.\n\n"
            + "Only the Norland minister, Anna Holt, faced reporters afterwards. She read out a joint statement.\n\n"
            + "Hours later the Vestria Foreign Office released a statement of its own.\n\n"
            + "\"Vestria will pause the shelling from noon on Saturday to exchange the wounded,\" the statement said.";

    private static final String WEBSITE = "Ferry to run again\n\n"
            + "The storm damaged the harbour wall at Kelby last week.\n\n"
            + "A statement on the Kelby Harbour Board website says the crossing \"will reopen by the end of May at the"
            + " latest, once the wall is safe.\"\n\n"
            + "A post on its Facebook page said the delay was \"one more broken promise to the"
            + " island.\"";

    private static final String OPERATOR = "Sailings cancelled\n\n"
            + "Kestrel Ferries Ltd cancelled every crossing on Monday, a day after Ardent Rail Ltd cut its own"
            + " timetable.\n\n"
            + "Ardent Rail Ltd said its trains were \"running as normal\" by the evening.\n\n"
            + "The ferry operator said the storm had made the crossing \"far too dangerous for passengers and"
            + " crew.\"\n\n"
            + "The bus operator said it would add coaches to carry \"anyone who is stranded at the port tonight.\"";

    private static final String KINDLESS = "Crossings halted\n\n"
            + "S&K Ferries halted its crossings to the islands on Tuesday as the gale grew.\n\n"
            + "The ferry operator said the sea was \"far too rough for a safe crossing\" and sailings would resume on"
            + " Thursday.";

    private static final String TAIL = "Rider loses appeal\n\n"
            + "The Tribunal of Appeal for Cycling gave a split verdict and \"rejected every ground raised by the rider"
            + " and her team\" on Thursday.\n\n"
            + "The Tribunal of Appeal said on Friday that \"a full written ruling will follow within the month.\"";

    @Test
    void aBodyCutBeforeItsForTailKeepsIt() {
        assertEquals("Tribunal of Appeal for Cycling", with(TAIL, "rejected every ground").speakerName());
    }

    @Test
    void aBodyWrittenWithoutItsTailStaysAsWritten() {
        assertEquals("Tribunal of Appeal", with(TAIL, "a full written ruling").speakerName());
    }

    @Test
    void aNoticeIssuedInAParticiplePhraseIsTheSubjects() {
        assertEquals("Brenmoor District Council", with(NOTICE, "cannot balance its books").speakerName());
    }

    @Test
    void theStatementTakingUpAJointOneIsNoSingleParty() {
        assertNull(with(JOINT, "Both sides will pause the shelling").speakerName());
    }

    @Test
    void aLaterStatementOfOnePartyIsItsOwn() {
        assertEquals("Vestria Foreign Office", with(OWN, "Vestria will pause the shelling").speakerName());
    }

    @Test
    void aStatementOnABodysWebsiteIsTheBodys() {
        assertEquals("Kelby Harbour Board", with(WEBSITE, "will reopen by the end of May").speakerName());
    }

    @Test
    void thePlatformBeforeThePageIsNoHost() {
        assertEquals(null, with(WEBSITE, "one more broken promise").speakerName());
    }

    @Test
    void theFerryOperatorIsTheBodyNamedFerries() {
        assertEquals("Kestrel Ferries Ltd", with(OPERATOR, "far too dangerous").speakerName());
    }

    @Test
    void theFerryOperatorIsTheBodyWhoseNameSaysNoKind() {
        assertEquals("S&K Ferries", with(KINDLESS, "far too rough").speakerName());
    }

    @Test
    void anOperatorOfAnotherTradeIsNotIt() {
        assertEquals("bus operator", with(OPERATOR, "anyone who is stranded").speakerName());
    }
}
