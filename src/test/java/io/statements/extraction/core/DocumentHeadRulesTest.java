package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n68b: a document's author, never the document word, the addressee or the topic. Rules
 * finding-nouns-are-documents and document-head-before-complement ({@link FindingNouns}), the writer of a document
 * sent in the mention's own sentence ({@link DocumentMentions}) and ruling-of-the-court-that-ruled
 * ({@link RulingCourts}). Invented text.
 */
class DocumentHeadRulesTest {

    private static final String DOCKS = "Dock safety row grows in Eastbrook\n\n"
            + "Crane crews at the Eastbrook docks walked out on Monday over the night shifts.\n\n";

    @Test
    void anInvestigationNamedWithItsBodyIsTheBodys() {
        String text = DOCKS + "An Orlen Port Police investigation found \"no sign of tampering\" with the crane.";
        assertEquals("Orlen Port Police", with(text, "no sign of tampering").speakerName());
    }

    @Test
    void anUnsignedInvestigationIsNobodysNotTheWord() {
        String text = DOCKS + "An initial investigation showed \"the cable had frayed for months.\"";
        assertNull(with(text, "the cable had frayed").speakerName());
    }

    @Test
    void aReviewSomeoneCommissionedIsTheirs() {
        String text = DOCKS + "The Eastbrook Harbour Trust commissioned a review of the night shifts in May.\n\n"
                + "The review found the crews \"worked far too long without a break.\"";
        assertEquals("Eastbrook Harbour Trust", with(text, "worked far too long").speakerName());
    }

    @Test
    void aCommenterOnTheDecisionDidNotWriteIt() {
        String text = DOCKS + "Union leader Petra Holm said the decision to cut the shifts was \"a cynical move.\"\n\n"
                + "The decision says crews will \"share the remaining night hours by rota.\"";
        assertNotEquals("Petra Holm", with(text, "share the remaining night hours").speakerName());
    }

    @Test
    void aLetterToSomeoneIsTheWritersNotTheAddressees() {
        String text = DOCKS + "Councillor Ines Marlow wrote a letter to Transport Minister Karl Brandt urging him "
                + "to \"step in before someone is killed.\"";
        assertEquals("Ines Marlow", with(text, "step in before someone is killed").speakerName());
    }

    @Test
    void aSurveyOfWorkersIsThePollstersNotTheWorkers() {
        String text = DOCKS + "A recent Kestrel Research survey of dock workers found that \"most crews feel unsafe "
                + "after midnight.\"";
        assertEquals("Kestrel Research", with(text, "most crews feel unsafe").speakerName());
    }

    @Test
    void aReportOfACommitteeKeepsItsAuthor() {
        String text = DOCKS + "A report of the Port Safety Committee said \"the night shifts must end.\"";
        assertEquals("Port Safety Committee", with(text, "the night shifts must end").speakerName());
    }

    @Test
    void aBillTiedToSomeoneKeepsThatPersonAsAntecedent() {
        String text = DOCKS + "The union is tying the Senate bill to Senator Ola Varga, who backed it in March. "
                + "She said the bill \"keeps ports safe.\"";
        assertEquals("Ola Varga", with(text, "keeps ports safe").speakerName());
    }

    @Test
    void filingsAreNotTheRecordKeepers() {
        String text = DOCKS + "The Eastbrook Harbour Trust paid $2 million for new cranes last year, according to "
                + "Norland Companies Registry filings.";
        assertNotEquals("Norland Companies Registry", with(text, "paid $2 million").speakerName());
    }

    private static final String LEVY = "Appeals court halts Norland water levy\n\n"
            + "A federal appeals court ruled on Tuesday against the Norland water levy.\n\n"
            + "A panel of the Ninth Court of Appeals overturned a decision of the Kessel District Court that had "
            + "upheld the levy.\n\n";

    @Test
    void theRulingIsTheCourtThatRuledNotTheCourtOverturned() {
        String text = LEVY + "\"A levy that falls only on farmers cannot stand,\" said the ruling.";
        assertEquals("Ninth Court of Appeals", with(text, "A levy that falls only on farmers").speakerName());
    }

    @Test
    void aRulingAfterNoCourtRuledIsNotAMinisters() {
        String text = "Norland water levy in doubt\n\n"
                + "Water minister Ada Rusk ordered a new count of the farms on Monday.\n\n"
                + "\"The count was flawed,\" the ruling said.";
        assertNotEquals("Ada Rusk", with(text, "The count was flawed").speakerName());
    }
}
