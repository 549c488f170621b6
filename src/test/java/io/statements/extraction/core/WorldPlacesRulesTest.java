package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session lead48. Rule world-places: a dateline of a world city in capitals opening a text (`KISUMU: It was ...`) is
 * no speaker label and no `he` (the paragraph had been Nairobi's statement, and the next `he` Nairobi). Rule
 * nationality-adjective: `he told Dutch broadcaster X` names no person `Dutch` for a later `he`. Invented text.
 */
class WorldPlacesRulesTest {

    @Test
    void aCitysDatelineOpeningTheTextIsNoOne() {
        String text = "NAIROBI: It was the closing minutes of the derby, and 29-year-old fan Otieno Wekesa said he had "
                + "a bad feeling about the crowd.\n\n"
                + "\"I wanted to leave, but then I heard the gates break,\" he said.";
        assertEquals("Otieno Wekesa", with(text, "I wanted to leave").speakerName());
        assertTrue(Extracted.all(text).stream().noneMatch(s -> "Nairobi".equals(s.speakerName())));
    }

    @Test
    void aNationalityBeforeANounIsNoHe() {
        String text = "Ship freed\n\n"
                + "Salvage chief Pieter Bosman said the work was not over. \"Not yet,\" he told Dutch broadcaster "
                + "Golf FM.\n\n"
                + "\"The back end is loose, the easy bit,\" the Associated Press reported him as saying.\n\n"
                + "\"Her nose is still in the sand,\" he said.";
        assertEquals("Pieter Bosman", with(text, "Her nose is still in the sand").speakerName());
    }
}
