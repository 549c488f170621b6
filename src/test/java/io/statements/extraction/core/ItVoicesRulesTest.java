package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n69c, {@link ItVoices}: an expletive `it` before a passive verb of saying names nobody (rule
 * it-expletive-passive), and `It continues` after a document spoke is that document's speaker (rule
 * it-document-voice). Invented text.
 */
class ItVoicesRulesTest {

    @Test
    void itWasReportedThatNamesNoOrganisation() {
        String text = "Ferry line sold\n\n"
                + "The Korvel Shipping Company sold its last ferry to a buyer in Marenport on Monday.\n\n"
                + "It was reported that the new owner would \"keep every crossing running through the winter.\"";
        assertNotEquals("Korvel Shipping Company", with(text, "every crossing").speakerName());
    }

    @Test
    void itIsBelievedWithAClauseNamesNoOrganisation() {
        String text = "Mine flooded\n\n"
                + "Water entered the Oster Mining Group's north shaft late on Friday.\n\n"
                + "It is believed the pumps had \"failed some hours before anyone noticed.\"";
        assertNotEquals("Oster Mining Group", with(text, "failed some hours").speakerName());
    }

    @Test
    void trailingItWasAnnouncedNamesNoCountry() {
        String text = "Envoy recalled\n\n"
                + "The Ostmark Heritage Council criticised the new property law on Friday.\n\n"
                + "Valdoria has called its envoy home from Ostmark \"for urgent talks,\" it was announced on Sunday.";
        assertNotEquals("Ostmark Heritage Council", with(text, "urgent talks").speakerName());
    }

    @Test
    void itIsExpectedToIsTheThingItself() {
        String text = "Budget office\n\n"
                + "The Harbour Budget Office published its forecast on Monday.\n\n"
                + "It is expected to show that the deficit will \"narrow sharply over the next two years.\"";
        assertEquals("Harbour Budget Office", with(text, "narrow sharply").speakerName());
    }

    @Test
    void itSaidStillTakesTheOrganisation() {
        String text = "Airline fined\n\n"
                + "The Corvane Air Authority fined the carrier on Tuesday.\n\n"
                + "\"The carrier ignored three warnings,\" it said in a statement.";
        assertEquals("Corvane Air Authority", with(text, "three warnings").speakerName());
    }

    @Test
    void itContinuesAfterAPersonsStatementIsThatPerson() {
        String text = "Principal leaves\n\n"
                + "The Linden Valley School Board accepted the resignation of principal Mara Quell on Friday.\n\n"
                + "\"I leave with nothing but gratitude for this staff,\" Quell's statement reads. It continues, \"The"
                + " school is in good hands with whoever follows me.\"";
        assertEquals("Mara Quell", with(text, "good hands").speakerName());
    }

    @Test
    void itOpeningAfterAPersonSpokeIsNoDocumentVoice() {
        String text = "Principal leaves\n\n"
                + "The Linden Valley School Board met on Friday.\n\n"
                + "\"We thank her for her years of service,\" chair Tomas Brede said. It added that it \"will name an"
                + " interim principal within the month.\"";
        assertNotEquals("Tomas Brede", with(text, "interim principal").speakerName());
    }
}
