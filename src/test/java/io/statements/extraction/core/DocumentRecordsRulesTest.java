package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n71c: the article-wide record of documents and their issuers ({@link DocumentRecords}): a document that
 * speaks (`the report said`) is the issuer the text tied to a document of its class anywhere before, however far.
 */
class DocumentRecordsRulesTest {

    /** Filler paragraphs that carry the tie beyond the reach of the sentence-window rules. */
    private static final String FILLER = "The town lies on a wide bend of the river.\n\n"
            + "Its mill closed in the winter of 1998 and never opened again.\n\n"
            + "Ferries still cross twice a day in the summer.\n\n"
            + "The old bridge was rebuilt in stone after the flood.\n\n"
            + "Most families here fish or keep sheep.\n\n"
            + "A new school opened on the hill last year.\n\n"
            + "The harbour freezes for a month in most winters.\n\n";

    // in-a-document-comma

    @Test
    void aDocumentOpeningTheSentenceIsTheSubjectsAfterTheComma() {
        String text = "Farmers reject plan\n\nIn a statement, the Varo Growers Federation on Monday rejected the "
                + "water plan.\n\n" + FILLER + "Hydrologist Mira Tessel said the wells were low.\n\n"
                + "\"No farm can live on half its water,\" the release said.";
        assertEquals("Varo Growers Federation", with(text, "No farm can live").speakerName());
    }

    @Test
    void aDocumentInsideTheSentenceTiesNothingAfterAComma() {
        String text = "Mayor removed\n\nThe mayor appealed, and in a decision, officials said nothing.\n\n"
                + "Voters in Ostrava, Dana Pelk said, were tired of the feud.\n\n" + FILLER
                + "\"The respondent held the office without the required oath,\" the ruling read.";
        assertNotEquals("Dana Pelk", with(text, "without the required oath").speakerName());
    }

    // said-in-a-document

    @Test
    void theSpeakerWhoSaidItInAStatementIssuedIt() {
        String text = "Port strike ends\n\nThe Brenmoor Dockers Union said in a statement on Tuesday that work would "
                + "resume.\n\n" + FILLER + "Shipping agent Ivo Renk said the deal was fair.\n\n"
                + "\"Our members have won a fair wage,\" the release added.";
        assertEquals("Brenmoor Dockers Union", with(text, "won a fair wage").speakerName());
    }

    // possessive-document

    @Test
    void aPossessorsReportIsThePossessorsEvenFarBack() {
        String text = "Steel maker admits faults\n\nThe board of Halvard Steel met on Friday. Halvard Steel's "
                + "long-awaited report was released at noon.\n\n" + FILLER
                + "\"Checks were skipped at four plants,\" the report said.";
        assertEquals("Halvard Steel", with(text, "Checks were skipped").speakerName());
    }

    @Test
    void aPossessorsReleaseFromJailIsNoStatement() {
        String text = "Activist freed\n\nTomas Brill's release from jail came on Friday.\n\n" + FILLER
                + "\"We welcome the end of this ordeal,\" the statement said.";
        assertNotEquals("Tomas Brill", with(text, "end of this ordeal").speakerName());
    }

    // document-by-issuer

    @Test
    void aReportByABodyIsTheBodysUnderAnotherNoun() {
        String text = "Lake drying\n\nA report by the Varn Water Authority was published in May.\n\n" + FILLER
                + "\"The lake will be a marsh by 2040,\" the findings said.";
        assertEquals("Varn Water Authority", with(text, "be a marsh by 2040").speakerName());
    }

    @Test
    void aPossessorsOfficerAfterFromWroteTheReportNotThePossessor() {
        String text = "Port audit\n\nA report from the Harbour Board's chief inspector was leaked in June.\n\n" + FILLER
                + "\"Cranes were left unchecked for years,\" the findings said.";
        assertNotEquals("Harbour Board", with(text, "Cranes were left unchecked").speakerName());
    }

    @Test
    void aStatementByACampaignIsTheCampaignsNotTheCandidates() {
        String text = "Race tightens\n\nA statement issued by the Orla Benn campaign on Tuesday made no mention of "
                + "the polls.\n\n" + FILLER + "\"Every vote in the valley still counts,\" the release said.";
        assertEquals("Orla Benn campaign", with(text, "Every vote in the valley").speakerName());
    }

    @Test
    void aJudgeOfACourtWhoSaidItInAStatementIsTheJudgeNotTheCourt() {
        String text = "Judge retires\n\nJudge Ansel Morrow of the Orvel District Court announced in a statement "
                + "on Monday that he would retire.\n\n" + FILLER
                + "\"I have served long enough,\" the release said.";
        assertNotEquals("Orvel District Court", with(text, "served long enough").speakerName());
    }

    @Test
    void aDescribedBodysReportIsTheBodyItNames() {
        String text = "Water board fined\n\nThe Lorne Valley Water Board was fined on Monday.\n\n"
                + "The board's annual report was published a week later.\n\n" + FILLER
                + "\"Three pumps failed in the frost,\" the report said.";
        assertEquals("Lorne Valley Water Board", with(text, "Three pumps failed").speakerName());
    }

    // document-of-court (the court rules found it before; the record must keep it)

    @Test
    void theRulingOfACourtIsTheCourts() {
        String text = "Land claim upheld\n\nThe ruling of the Soren Appeals Court came after ten years.\n\n" + FILLER
                + "\"The families hold the land by custom,\" the verdict said.";
        assertEquals("Soren Appeals Court", with(text, "hold the land by custom").speakerName());
    }

    @Test
    void anOrderOfTheDayIsNoCourtsDocument() {
        String text = "Land claim\n\nThe order of the Harbour Club was to meet at noon.\n\n" + FILLER
                + "\"The families hold the land by custom,\" the verdict said.";
        assertNotEquals("Harbour Club", with(text, "hold the land by custom").speakerName());
    }

    // took-to-platform

    @Test
    void whoTookToSocialMediaWroteThePost() {
        String text = "Minister mourns\n\nGovernor Ravi Anand on Sunday took to social media to mourn the victims. "
                + "The post said, \"Those responsible will be arrested within days.\"";
        assertEquals("Ravi Anand", with(text, "Those responsible will be arrested").speakerName());
    }

    @Test
    void takingToTheStreetsPostsNothing() {
        String text = "Protest\n\nFarmer Lena Brook took to the streets with her neighbours on Sunday. "
                + "The post said, \"Those responsible will be arrested within days.\"";
        assertNotEquals("Lena Brook", with(text, "Those responsible will be arrested").speakerName());
    }
}
