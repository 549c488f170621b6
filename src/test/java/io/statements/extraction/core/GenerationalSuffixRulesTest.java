package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n76c, rule generational-suffix ({@link GenerationalSuffixes}): `Jr.` closing a person's name belongs to it,
 * as `Sr.` and `III` already did, and the surname before the suffix keys the name for the bare surname later.
 * Invented sentences; the positive cases failed before the rule.
 */
class GenerationalSuffixRulesTest {

    @Test
    void aJuniorKeepsHisSuffix() {
        String text = "\"The levy will go,\" said Arlo Venner Jr., the council president.";
        assertEquals("Arlo Venner Jr.", with(text, "The levy will go").speakerName());
    }

    @Test
    void theSonIsNotTheFatherWhoseNamesHeShares() {
        String text = """
                Levy vote

                Tomas Brandt backed the levy for years. His son, Tomas Brandt Jr., opposed it on Monday.

                "The levy will go," said Tomas Brandt Jr.
                """;
        assertEquals("Tomas Brandt Jr.", with(text, "The levy will go").speakerName());
    }

    @Test
    void theBareSurnameAfterASuffixedNameIsThatPerson() {
        String text = """
                Levy vote

                Councilman Ewan Rusk III opened the meeting on Monday.

                "The levy will go," Rusk said.
                """;
        assertEquals("Ewan Rusk III", with(text, "The levy will go").speakerName());
    }

    @Test
    void theSurnameAndSuffixAloneAreTheFullNameGivenBefore() {
        String text = """
                Levy vote

                Tomas Brandt Jr. opposed the levy on Monday.

                "The levy will go," Brandt Jr. said.
                """;
        assertEquals("Tomas Brandt Jr.", with(text, "The levy will go").speakerName());
    }

    @Test
    void aNameWithoutSuffixIsUnchanged() {
        String text = """
                Levy vote

                Tomas Brandt opposed the levy on Monday.

                "The levy will go," Brandt said.
                """;
        assertEquals("Tomas Brandt", with(text, "The levy will go").speakerName());
    }

    @Test
    void aWeekdayAfterTheNameIsStillDropped() {
        String text = "Mayor Ines Calder Monday said the levy was \"gone for good.\"";
        assertEquals("Ines Calder", with(text, "gone for good").speakerName());
    }
}
