package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Rule description-continues-speaker (session n75b, {@link UntiedDescriptions}): `"...," the coroner said` right after
 * a named person's words, with a role noun the article gives nobody, is that person, with any verb of saying (before,
 * only a verb that goes on: `the officer added`); not when the story moved on two paragraphs, another person came into
 * view in between, the noun was used before for someone unnamed, the last voice was an unnamed one or an agency, or the
 * words before were the headline's. Invented text.
 */
class UntiedDescriptionRulesTest {

    private static final String INQUEST = "Inquest ends into quarry collapse\n\n"
            + "\"Nobody checked the north wall after the rains, and that is where it gave way,\" Miriam Oduya said "
            + "on Tuesday as she closed the inquest.\n\n"
            + "Oduya has sat on the bench in Carrow for a decade and is known for plain words. "
            + "\"The men who died were let down by every level of the company,\" the coroner said.";

    @Test
    void aSaidRoleDescriptionIsTheNamedPersonWhoSpokeJustBefore() {
        assertEquals("Miriam Oduya", with(INQUEST, "let down by every level").speakerName());
    }

    @Test
    void aTrailingSaidDescriptionIsTheNamedPersonToo() {
        String text = "Troops sent to the border hills\n\n"
                + "\"I cannot say how many soldiers went in, but the number is large,\" Major Teodor Halvik said.\n\n"
                + "The troops will stay until the spring, Halvik said. But the aim is to \"clear the hills of the "
                + "gangs before the harvest,\" said the army official.";
        assertEquals("Teodor Halvik", with(text, "clear the hills of the gangs").speakerName());
    }

    @Test
    void twoParagraphsOnTheStoryHasMovedOn() {
        String text = INQUEST.replace("known for plain words. ", "known for plain words.\n\n"
                + "The quarry stayed shut all winter.\n\n");
        assertNotEquals("Miriam Oduya", with(text, "let down by every level").speakerName());
    }

    @Test
    void anotherPersonInViewBlocksTheCarry() {
        String text = INQUEST.replace("Oduya has sat on the bench in Carrow for a decade and is known for plain words.",
                "Site manager Jonas Prell left the hearing before the finding was read.");
        assertNotEquals("Miriam Oduya", with(text, "let down by every level").speakerName());
    }

    @Test
    void aNounUsedBeforeForSomeoneUnnamedStaysThatPerson() {
        String text = "Inquest ends into quarry collapse\n\n"
                + "A second coroner will review the case next year, the ministry said.\n\n"
                + "\"Nobody checked the north wall after the rains,\" Miriam Oduya said as she closed the inquest.\n\n"
                + "\"The men who died were let down by every level of the company,\" the coroner said.";
        assertNotEquals("Miriam Oduya", with(text, "let down by every level").speakerName());
    }

    @Test
    void anUnnamedVoiceBeforeGivesNoName() {
        String text = "Mill talks stall\n\n"
                + "One worker inside Harlow Mills said the talks had gone nowhere.\n\n"
                + "\"Nobody expects a deal before the spring, not even the bosses,\" the insider said.";
        assertNotEquals("Harlow Mills", with(text, "Nobody expects a deal").speakerName());
    }
}
