package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n49b, rule capital-acronym ({@link CapitalAcronyms}): `WHO` in running text is the World Health
 * Organization: `the WHO said` is its statement, `said WHO Director-General Aiko Branner` hers, and `she added` after
 * it too; `who` and a line all in capitals keep the pronoun. Invented text.
 */
class CapitalAcronymRulesTest {

    private static final String TEXT = "Health agency warns of new fever strain\n\n"
            + "\"The risk to the public remains low,\" said WHO Director-General Aiko Branner.\n\n"
            + "\"Countries must share samples without delay,\" she added.\n\n"
            + "\"We are ready to help any country that asks,\" the WHO said in a statement.\n\n"
            + "Nurses who treated the first cases were tested. \"We wore masks from the first day,\" one nurse said.\n";

    @Test
    void thePersonAfterTheAcronymAndTitle() {
        ExtractedStatement s = with(TEXT, "The risk to the public");
        assertEquals("Aiko Branner", s.speakerName());
        assertEquals("Aiko Branner", with(TEXT, "Countries must share").speakerName());
    }

    @Test
    void theAcronymAsSpeaker() {
        assertEquals("WHO", with(TEXT, "We are ready to help").speakerName());
    }

    @Test
    void thePronounInLowerCaseStays() {
        assertNotEquals("WHO", with(TEXT, "We wore masks").speakerName());
    }
}
