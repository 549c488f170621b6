package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names41, rule described-organisation ({@link OrgAnaphora#describedAs}, asked by {@link SpeakerResolver}):
 * `the utility`, `the airline`, nouns for an organisation of a kind no list holds, are the organisation the article
 * described with that noun nearby; `the club` is else the club named before by its type word (`Lakeport FC`).
 * Invented text.
 */
class DescribedOrganisationRulesTest {

    @Test
    void theUtilityIsTheOneTheArticleCalledAUtility() {
        String text = "Power cuts to get longer\n\n"
                + "The state water utility Riverflow has told customers to store water as the dam keeps falling.\n\n"
                + "\"Supply will be cut for ten hours a day from next week,\" the utility said in a notice.";
        assertEquals("Riverflow", with(text, "Supply will be cut").speakerName());
    }

    @Test
    void theAirlineIsTheOneDescribedAsAnAirlineInThePrecedingParagraph() {
        String text = "Carrier adds routes\n\n"
                + "Low-cost airline Jetwing said on Monday it would fly to four new cities in the spring.\n\n"
                + "\"We will match any fare on these routes,\" the airline said.";
        assertEquals("Jetwing", with(text, "We will match any fare").speakerName());
    }

    @Test
    void theClubIsTheOneWhoseNameSaysItIsAClub() {
        String text = "Court blocks stadium deal\n\n"
                + "A judge on Friday blocked a tax deal that would have helped Lakeport FC build a stadium.\n\n"
                + "\"We will look at every option open to us,\" the club said in a statement.";
        assertEquals("Lakeport FC", with(text, "We will look at every option").speakerName());
    }

    @Test
    void aDescriptionNoNameWasGivenStaysADescription() {
        String text = "Carrier adds routes\n\n"
                + "Travellers faced delays at the airport on Monday.\n\n"
                + "\"We will match any fare on these routes,\" the airline said.";
        assertEquals("airline", with(text, "We will match any fare").speakerName());
    }
}
