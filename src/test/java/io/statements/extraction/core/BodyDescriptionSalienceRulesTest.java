package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n72c, rule body-description-salience ({@link SalientBodies}, {@link BodyDescriptions}, {@link BodyRecords}):
 * a body description goes to the body the article is about, not to one of its kind named once in passing; a name's
 * kind is its head noun (`Lecturers and University Staff Union` is a union); the kind lexicon knows general trade
 * nouns (`telco`, `miner`, `airline`, `bank`, `university`); a body description is never a person. Invented text.
 */
class BodyDescriptionSalienceRulesTest {

    @Test
    void theUniversityIsTheUniversityNotTheUnionWithUniversityInItsName() {
        String text = "Marlow campus to cut forty jobs\n\n"
                + "The University of Tarnholm plans to cut forty teaching posts at its Marlow campus, staff were told on Monday.\n\n"
                + "The Lecturers and University Staff Union called the plan reckless and said members would vote on a strike.\n\n"
                + "The university said the cuts were \"needed to balance the books in two small departments\" and that no "
                + "campus would close.";
        assertEquals("University of Tarnholm", with(text, "balance the books").speakerName());
    }

    @Test
    void theBankIsTheStorysBankNotTheLenderNamedOnceInPassing() {
        String text = "Norland central bank governor quits\n\n"
                + "The governor of the Norland Central Bank, Petra Lind, resigned on Tuesday after eight months in the job.\n\n"
                + "Lind worked for the Baltic Reconstruction Bank before she took the post.\n\n"
                + "The bank said her resignation was for \"personal reasons\" and thanked her for her work.\n\n"
                + "The Norland Central Bank will name an acting governor on Friday, officials said.";
        assertEquals("Norland Central Bank", with(text, "personal reasons").speakerName());
    }

    @Test
    void theTelcoIsTheOneTelecomGroupNamed() {
        String text = "Data breach at phone company\n\n"
                + "Kestrel Telecom Group said on Thursday that hackers had taken the records of two million customers.\n\n"
                + "The breach was found last week. Police in Marlow are looking into it.\n\n"
                + "\"Payment details were not exposed,\" the telco said in a statement on Friday.";
        assertEquals("Kestrel Telecom Group", with(text, "Payment details").speakerName());
    }

    @Test
    void aBodyDescriptionIsNeverAPerson() {
        String text = "Norland bank chief quits\n\n"
                + "The governor of Norland's central bank, Petra Lind, handed in her resignation to the president on "
                + "Tuesday, citing her health, the bank said in a statement, as talks on a new loan went on.";
        assertEquals("bank", with(text, "handed in her resignation").speakerName());
    }

    @Test
    void twoBanksNamedAsOftenKeepTheOneThatSpokeLast() {
        String text = "Harbour fees row\n\n"
                + "The Marlow Savings Bank and the Coastal Credit Bank both raised their fees on Monday.\n\n"
                + "The Coastal Credit Bank blamed higher costs. The Marlow Savings Bank blamed the new levy.\n\n"
                + "The bank said the rise was \"small and fair\" and would be reviewed in spring.";
        assertEquals("Marlow Savings Bank", with(text, "small and fair").speakerName());
    }

    @Test
    void theInquiryIsNoCampaignGroupWhoseNameSaysNoKind() {
        String text = "Ferry audit\n\n"
                + "The auditors' report on the ferry contract was published on Monday. CREWSAFE, a campaign group, had "
                + "asked for it.\n\n"
                + "CREWSAFE welcomed the report. CREWSAFE said more questions remained. A lawyer for CREWSAFE said the same.\n\n"
                + "The inquiry found that the ministry had \"ignored its own rules\" when it signed the deal.";
        assertEquals("inquiry", with(text, "ignored its own rules").speakerName());
    }

    @Test
    void theAirlineIsNeverTheOutletThatReportedIt() {
        String text = "Airline strike ends\n\n"
                + "Flights resumed on Sunday after a three-day strike by cabin crew at Gull Air, Harbour Business News "
                + "reported.\n\n"
                + "Harbour Business News said the deal was reached late on Saturday. Harbour Business News had reported "
                + "the talks first.\n\n"
                + "The airline said all flights would run as normal from Monday.";
        assertEquals("Gull Air", with(text, "run as normal").speakerName());
    }
}
