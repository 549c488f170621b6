package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n59c, rule pronoun-not-office-or-place ({@link OfficeRuns}): `he`/`she` never stands for a capitalised run
 * that names an office (`Chief Executive Officer`, `Public Protector`, `Kestrel President`), an award (`Best Actor`)
 * or a country or region of two words (`Sierra Leone`, `West Africa`); people whose last names look like agent nouns
 * or offices keep theirs. Invented text.
 */
class OfficeRunRulesTest {

    @Test
    void aFirmsOfficeBeforeTheHoldersNameIsNoAntecedent() {
        String text = "Jet crash\n\nA Kestrel Air jet crashed on Sunday.\n\n"
                + "Separately, Kestrel Chairman and Chief Executive Officer (CEO), Milo Varga in a message to staff, "
                + "said the airline would ground its older jets.\n\n"
                + "\"We are working with the investigators,\" he said.";
        assertEquals("Milo Varga", with(text, "We are working with the investigators").speakerName());
    }

    @Test
    void anOmbudsOfficeIsNoAntecedent() {
        String text = "Ruling\n\nChief Justice Tobias Mbeki wrote for a unanimous bench that a minister who defies the "
                + "Public Protector breaks the law.\n\n\"The Public Protector guards every citizen's purse,\" Mbeki said.\n\n"
                + "If Public Protector reports are optional, ministers could shrug off any audit, he added. "
                + "\"An office that can be ignored is an office in name only,\" he said.";
        assertEquals("Tobias Mbeki", with(text, "An office that can be ignored").speakerName());
    }

    @Test
    void anAwardIsNoAntecedent() {
        String text = "Awards\n\nDario Fenn was the name on every lip on Saturday.\n\n"
                + "Fenn took Best Actor for playing a lighthouse keeper. Holding the statuette, he turned to the row "
                + "over his remarks, saying, \"I owe the jury and my rivals an apology.\"";
        assertEquals("Dario Fenn", with(text, "I owe the jury and my rivals").speakerName());
    }

    @Test
    void officesAwardsAndTwoWordPlacesAreNoPerson() {
        assertTrue(OfficeRuns.is("Chief Executive Officer"));
        assertTrue(OfficeRuns.is("Public Protector"));
        assertTrue(OfficeRuns.is("Best Actor"));
        assertTrue(OfficeRuns.is("Kestrel President"));
        assertTrue(OfficeRuns.is("Sierra Leone"));
        assertTrue(OfficeRuns.is("West Africa"));
        assertTrue(PersonAntecedents.nonPerson("Best Actor"));
    }

    @Test
    void namesThatLookLikeOfficesArePeople() {
        assertFalse(OfficeRuns.is("Dana Porter"));
        assertFalse(OfficeRuns.is("Martin Proctor"));
        assertFalse(OfficeRuns.is("Victor Hale"));
        assertFalse(OfficeRuns.is("Ansel Chancellor"));
        assertFalse(OfficeRuns.is("Ruth President"));
        assertFalse(OfficeRuns.is("Proctor"));
        String text = "Berth\n\nHarbour board chair Dana Porter said the berth would be ready by the autumn.\n\n"
                + "Work will start in June in Harrowgate Bay.\n\n\"The berth will let two ferries load at once,\" she said.";
        assertEquals("Dana Porter", with(text, "The berth will let two ferries").speakerName());
    }
}
