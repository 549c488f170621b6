package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n65b: words glued before a person's given name that no title list knew ({@link LeadingNameWords}): world
 * honorifics, an acronym of a body or an office, a place, a compound adjective (`Kenyan-born`), a word the article writes
 * in lower case inside the run, `advocate` after a title; and an office whose field joins two
 * words with `and` ({@link RoleRunNames#afterField}). Near-misses: initials before a name, a first name that is also a
 * place, an acronym that never stands alone. Invented text.
 */
class LeadingNameWordRulesTest {

    private static String story(String firstMention, String surname, String more) {
        return "Ferry\n\nThe ferry sailed late on Monday." + more + "\n\n" + firstMention + " waited at the pier.\n\n"
                + "\"The ropes were frayed,\" " + surname + " said.";
    }

    private static String firstName(String firstMention, String more) {
        return with(story(firstMention, "she", more), "waited at the pier").speakerName();
    }

    private static String nameOf(String firstMention, String surname, String more) {
        return with(story(firstMention, surname, more), "ropes were frayed").speakerName();
    }

    private static String spoken(String firstMention, String more) {
        String text = "Ferry\n\nThe ferry sailed late on Monday." + more + "\n\n" + firstMention
                + " said the ropes were frayed.\n\nThe crew stayed on board.";
        return with(text, "ropes were frayed").speakerName();
    }

    @Test
    void worldHonorificsAreNoPartOfTheName() {
        assertEquals("Tamsin Oduya", nameOf("Comrade Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Mzee Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Otunba Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Rt Hon Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Apostle Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", spoken("Deacon Tamsin Oduya", ""));
    }

    @Test
    void wordsAfterAnArticleAreNoPartOfTheName() {
        assertEquals("Tamsin Oduya", nameOf("Later the Harbourside Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("By noon the Lib Dem Tamsin Oduya", "Oduya", ""));
    }

    @Test
    void wordsAfterAnArticleStayWhenTheLastWordNeverStandsAlone() {
        assertEquals("Open Harbour Watch", spoken("Then the Open Harbour Watch", "")); // a body nobody listed
    }

    @Test
    void wordsAfterAnArticleStopAtAKnownFirstName() {
        assertEquals("Mary Ann Oduya", nameOf("Later the Harbourside Mary Ann Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Later Tamsin Oduya", "Oduya", ""));
    }

    @Test
    void anHonorificNeedsTwoNameWordsAfterIt() {
        assertEquals("Deacon Oduya", spoken("Deacon Oduya", ""));
    }

    @Test
    void anAcronymTheArticleWritesAloneStartsNoName() {
        String more = " The CS has promised new boats.";
        assertEquals("Tamsin Oduya", nameOf("Marine CS Tamsin Oduya", "Oduya", more));
        assertEquals("Tamsin Oduya", spoken("CS Tamsin Oduya", more));
        assertEquals("Tamsin Oduya", nameOf("FKF Tamsin Oduya", "Oduya", " The FKF met on Sunday."));
    }

    @Test
    void anAcronymOfThreeLettersOrMoreBeforeAKnownFirstNameStartsNoName() {
        assertEquals("Mary Oduya", nameOf("NDP Mary Oduya", "Oduya", ""));
        assertEquals("Mary Oduya", spoken("PNP Mary Oduya", ""));
    }

    @Test
    void initialsThatNeverStandAloneStay() {
        assertEquals("KT Rama Rao", spoken("KT Rama Rao", ""));
        assertEquals("PK Mary Oduya", spoken("PK Mary Oduya", "")); // two letters: initials, though a first name follows
    }

    @Test
    void aPlaceBeforeTheNameIsWhereThePersonIsFrom() {
        assertEquals("Tamsin Oduya", nameOf("Lagos Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Manitoba Tamsin Oduya", "Oduya", " Rain fell in Manitoba, too."));
    }

    @Test
    void aFirstNameThatIsAlsoAPlaceStays() {
        assertEquals("Georgia Lund Oduya", spoken("Georgia Lund Oduya", ""));
        assertEquals("Manitoba Tamsin Oduya", spoken("Manitoba Tamsin Oduya", "")); // no sign that it is a place
    }

    @Test
    void aCompoundAdjectiveDescribesThePerson() {
        assertEquals("Tamsin Oduya", nameOf("Kenyan-born Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("South Sudanese-born Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", spoken("Mombasa-based Tamsin Oduya", ""));
    }

    @Test
    void aWordTheArticleWritesInLowerCaseEndsTheDescriptionInsideTheRun() {
        String more = " The wharfinger checked the ropes.";
        assertEquals("Tamsin Oduya", nameOf("Harbour District Wharfinger Tamsin Oduya", "Oduya", more));
        assertEquals("Mary Oduya", spoken("Harbour District Wharfinger Mary Oduya", more));
    }

    @Test
    void aLowerCaseWordInsideARunStaysWithoutSignOfAName() {
        String more = " The wharfinger checked the ropes.";
        // no first name known after it, and the last word never stands alone: nothing shows a name
        assertEquals("Harbour Wharfinger Tamsin Oduya", spoken("Harbour Wharfinger Tamsin Oduya", more));
        String office = "Ferry\n\nShips left the harbour. The Office of Harbour Affairs Oduya had promised never opened."
                + "\n\nTamsin Oduya waited at the pier.\n\n\"The ropes were frayed,\" Oduya said.";
        assertEquals("Tamsin Oduya", with(office, "ropes were frayed").speakerName()); // a field after `of`
    }

    @Test
    void advocateAfterATitleIsTheTitlesHead() {
        assertEquals("Tamsin Oduya", nameOf("Senior Advocate Tamsin Oduya", "Oduya", ""));
        assertEquals("Advocate Oduya", spoken("Advocate Oduya", ""));
    }

    @Test
    void anOfficeWhoseFieldJoinsTwoWordsWithAndGoesBeforeTheName() {
        assertEquals("Tamsin Oduya", nameOf("Minister for Trade and Industry Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Secretary for Works and Transport Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Minister for Civil Defence and Reconstruction Tamsin Oduya", "Oduya", ""));
        assertEquals("Tamsin Oduya", nameOf("Minister for Emergency Planning and Repair Tamsin Oduya", "Oduya", ""));
        assertEquals("Mary Oduya", spoken("Minister for Emergency Planning and Repair Mary Oduya", ""));
        assertEquals("Tamsin Oduya", spoken("Minister for Emergency Planning and Repair Tamsin Oduya", ""));
    }

    @Test
    void twoPeopleJoinedByAndStayTwo() {
        String text = "Ferry\n\nThe ferry sailed late.\n\nLena Haldane and Tamsin Oduya waited at the pier.\n\n"
                + "\"The ropes were frayed,\" Oduya said.";
        assertEquals("Tamsin Oduya", with(text, "ropes were frayed").speakerName());
    }
}
