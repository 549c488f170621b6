package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n69b, rules body-kind-noun ({@link BodyKindNouns}) and body-by-corporate-role ({@link
 * BodyRoleIntroductions}): `the party`, `the club` are the body that spoke last or the story's body when its name fits
 * the noun; a name read as a person's that the article introduces by a company's word (`X CEO Name`, `the chief
 * executive of X`, `shares in X`) counts as the story's company for `the bank`. Invented text.
 */
class BodyKindNounRulesTest {

    @Test
    void thePartyIsTheBodyThatSpokeLastWhenItsNameSaysNoOtherKind() {
        String text = "Opposition rejects count\n\n"
                + "Okonjo's Marwe Alliance rejected the tally of the electoral commission on Sunday.\n\n"
                + "In a statement, the Marwe Alliance said the count was \"a theft in broad daylight\".\n\n"
                + "\"We will not accept a result that was written before the vote,\" the party said.";
        assertEquals("Marwe Alliance", with(text, "We will not accept a result").speakerName());
    }

    @Test
    void thePartyIsNeverACourtThatSpokeLast() {
        String text = "Appeal thrown out\n\n"
                + "The Kelvane Supreme Court dismissed the appeal on Monday, saying the evidence was \"thin\".\n\n"
                + "\"We respect the judges but we do not agree with them,\" the party said.";
        assertNotEquals("Kelvane Supreme Court", with(text, "We respect the judges").speakerName());
    }

    @Test
    void thePartyIsNeverAPersonTheNameIndexTypedABody() {
        String text = "Opposition rejects count\n\n"
                + "Deputy VP Tomas Ravell, speaking before the ruling, said the result was \"settled\".\n\n"
                + "\"Those remarks show the judges knew the outcome,\" the party said.";
        assertNotEquals("Deputy VP Tomas Ravell", with(text, "Those remarks show").speakerName());
        assertNotEquals("VP Tomas Ravell", with(text, "Those remarks show").speakerName());
    }

    @Test
    void theClubIsTheStoryBodyWhoseNameSaysNoKind() {
        String text = "Director leaves Tarnholm\n\n"
                + "The director of sport at Tarnholm will leave after a row over his messages to staff.\n\n"
                + "Tarnholm confirmed the departure late on Sunday, and fans of Tarnholm were stunned.\n\n"
                + "\"He made the decision himself after talks with the board,\" the club said.";
        assertEquals("Tarnholm", with(text, "He made the decision himself").speakerName());
    }

    @Test
    void theBankIsTheStoryFirmTheArticleIntroducedByItsChiefExecutive() {
        String text = "Marlow Quint chief to step down\n\n"
                + "Peter Castellan, the chairman and chief executive of Marlow Quint, will step down at once.\n\n"
                + "Shares in Marlow Quint fell after the news, and analysts said Marlow Quint faced fines.\n\n"
                + "The bank said that Castellan would not receive \"any severance payment\" on leaving.";
        assertEquals("Marlow Quint", with(text, "any severance payment").speakerName());
    }

    @Test
    void aPersonsNameWithAFirstNameIsNeverIntroducedAsACompany() {
        String text = "Lending probe\n\n"
                + "Shares in Anna Gold's lending arm fell on Monday, and Anna Gold said she would \"fight on\".\n\n"
                + "Anna Gold met regulators again on Tuesday.\n\n"
                + "The bank said the accounts were \"in good order\" despite the inquiry.";
        assertNotEquals("Anna Gold", with(text, "in good order").speakerName());
    }

    @Test
    void aSpokespersonDoesNotMakeAPersonsNameACompany() {
        String text = "Rally moved\n\n"
                + "Quint Harlowe spokesperson Lena Orr said the rally would move indoors.\n\n"
                + "Quint Harlowe told supporters the hall was big enough, and Quint Harlowe thanked the town.\n\n"
                + "The bank said the hall would open at noon.";
        assertNotEquals("Quint Harlowe", with(text, "the hall would open at noon").speakerName());
    }

    @Test
    void theFoundationIsNeverTheOutletThatSpokeLast() {
        String text = "Maternity deaths\n\n"
                + "Earlier this year Kelso Radio said the Merrow hospitals had \"failed mothers for years\".\n\n"
                + "In a reply sent on Tuesday, the foundation said it would take \"every step to put things right\".";
        assertNotEquals("Kelso Radio", with(text, "every step to put things right").speakerName());
    }
}
