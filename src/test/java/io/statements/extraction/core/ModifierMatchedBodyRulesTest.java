package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63c, rule modifier-matched-body ({@link ModifierMatchedBodies}): `the appeals court` is the `Court of
 * Appeal` the story named, not the district court named last; a bare `the court` after it goes on with it; the
 * modifier must be a word of the name. Invented text.
 */
class ModifierMatchedBodyRulesTest {

    private static final String TWO_COURTS = "Sentence raised for ferry owner\n\n"
            + "The Ostrava Court of Appeal on Thursday gave ferry owner Lukas Brenner four years in prison.\n\n"
            + "He had been cleared of a second count because the lower Hollen District Court said the logbooks "
            + "proved nothing.\n\n"
            + "But the appeals court said the logbooks were \"clear evidence of neglect.\"\n\n"
            + "The court added that it had weighed \"the owner's poor health.\"";

    @Test
    void theAppealsCourtIsTheCourtOfAppealNotTheLowerCourtNamedLast() {
        assertEquals("Ostrava Court of Appeal", with(TWO_COURTS, "clear evidence of neglect").speakerName());
    }

    @Test
    void theBareCourtGoesOnWithTheCourtJustDescribed() {
        assertEquals("Ostrava Court of Appeal", with(TWO_COURTS, "the owner's poor health").speakerName());
    }

    @Test
    void theRegionalCouncilIsTheCouncilWithRegionalInItsName() {
        String text = "Lagoon opening delayed\n\n"
                + "The Marrick Regional Council and the Tollby District Council met on Monday about the lagoon.\n\n"
                + "Tollby District Council officers said the beach was closed.\n\n"
                + "\"A new channel would silt up within weeks,\" the regional council said.";
        assertEquals("Marrick Regional Council", with(text, "A new channel would silt up").speakerName());
    }

    @Test
    void aNameWithTheModifierButAnotherKindIsNotTheBody() {
        String text = "Verdict due\n\n"
                + "The Hollen District Council voted on Monday to close the ferry landing.\n\n"
                + "\"The evidence is thin,\" the district court said of the charges against Lukas Brenner.";
        assertNotEquals("Hollen District Council", with(text, "The evidence is thin").speakerName());
    }

    @Test
    void aPersonsNameIsNeverTheBody() {
        String text = "Union vote\n\n"
                + "Nurse Ada Regional spoke to reporters on Monday.\n\n"
                + "\"We will strike in May,\" the regional union said.";
        assertNotEquals("Ada Regional", with(text, "We will strike in May").speakerName());
    }
}
