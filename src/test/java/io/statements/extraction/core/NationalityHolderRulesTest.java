package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule nationality-holder: `the Latvian president` is the one titled `Latvia's president`. */
class NationalityHolderRulesTest {

    @Test
    void theNationalityAdjectivePicksTheCountrysHolder() {
        String text = """
                Summit ends without deal

                Latvia's president, Ruta Kalnins, and Turkey's president, Mehmet Aydin, failed to agree on Friday.

                Kalnins said the gap was "still too wide." Aydin said talks would resume "soon."

                The Latvian president later told reporters that she was "disappointed but not surprised."
                """;
        assertEquals("Ruta Kalnins", with(text, "disappointed but not surprised.").speakerName());
    }

    @Test
    void aCountryAndAnAdjectiveOfOtherLettersStayApart() {
        assertEquals(false, StateTies.samePlaceWord("french", "finland's"));
        assertEquals(true, StateTies.samePlaceWord("turkish", "turkey's"));
    }
}
