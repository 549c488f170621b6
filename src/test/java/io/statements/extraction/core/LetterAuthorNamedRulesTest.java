package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n49c, rule letter-author-named (`DocumentAuthorsNamed`, asked by `DocumentIssuers`): `"...," the letter
 * read` is the author an earlier sentence names around the letter, note, memo or message: `A letter signed by X`,
 * `X's letter`, `X made the announcement in a letter`; not the one it went to nor the one who read it out. Invented
 * text.
 */
class LetterAuthorNamedRulesTest {

    @Test
    void aLetterSignedBy() {
        String text = "Surgeons warn board\n\nA letter signed by Dr Amara Quist, who chairs the surgeons' forum, was"
                + " delivered to the health board on Monday.\n\n\"Patients are waiting longer than at any time in the"
                + " past decade,\" the letter said.";
        assertEquals("Amara Quist", with(text, "Patients are waiting longer").speakerName());
    }

    @Test
    void theAnnouncementMadeInALetter() {
        String text = "Ngarambe resigns\n\nPresident Tobias Ngarambe of Kuvela has resigned after 29 years in power."
                + "\n\nThe 88-year-old made the announcement in a letter, and the Speaker put it before the assembly.\n\n"
                + "\"I am leaving office tonight with a clear mind,\" the letter read.";
        assertEquals("Tobias Ngarambe", with(text, "I am leaving office tonight").speakerName());
    }

    @Test
    void aPossessedNoteReadOutBySomeoneElse() {
        String text = "Harbour chief quits\n\nHarbour master Ewa Lindgren's note to the board was read out by the"
                + " chair, Tomas Berg, on Friday.\n\n\"I can no longer vouch for the safety of the south quay,\""
                + " the note said.";
        assertEquals("Ewa Lindgren", with(text, "I can no longer vouch").speakerName());
    }

    @Test
    void aLetterToSomeoneIsNotTheirs() {
        String text = "Protest\n\nProtesters handed a letter to Governor Lucia Ferrante outside the hospital.\n\n"
                + "\"We will not be silenced,\" the letter read.";
        assertNotEquals("Lucia Ferrante", with(text, "We will not be silenced").speakerName());
    }

    @Test
    void someoneNamedInTheLetterIsNotItsAuthor() {
        String text = "Inquiry\n\nA letter reached the inquiry on Monday. Councillor Rhys Okoro was named in the"
                + " letter as the official who approved the contract.\n\n\"The contract was never put to tender,\""
                + " the letter said.";
        assertNotEquals("Rhys Okoro", with(text, "The contract was never put").speakerName());
    }
}
