package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names18: a last name misspelt by one letter or two swapped letters (`Halvorsen` ... `Halvrosen said`) is
 * the one person the article named in full with the near spelling; a plural (`Republicans`) and a word near two
 * people's names stay as they are. Invented text.
 */
class SurnameVariantRulesTest {

    private static final String TEXT = "Harbour levy\n\n"
            + "Trude Halvorsen, who chairs the harbour board, defended the levy on Monday. \"The docks cannot pay for"
            + " themselves,\" Halvrosen said.\n\n"
            + "Council member Pedro Marcano disagreed. \"This levy will drive the ferries away,\" Marcamo told"
            + " reporters.\n\n"
            + "Ana Bellow and Tom Bellor both voted against it. \"We were never asked about the dredging,\" Bellot"
            + " said.";

    @Test
    void twoSwappedLettersAreThePerson() {
        assertEquals("Trude Halvorsen", with(TEXT, "The docks cannot pay").speakerName());
    }

    @Test
    void oneChangedLetterIsThePerson() {
        assertEquals("Pedro Marcano", with(TEXT, "drive the ferries away").speakerName());
    }

    @Test
    void aWordNearTwoPeopleStaysAsWritten() {
        assertEquals("Bellot", with(TEXT, "never asked about the dredging").speakerName());
    }
}
