package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names18: a one-word name in an appositive closing the speaker mention (`the band's drummer, Tiko,`, `his
 * wife, Nora,`) is the person, a stage name or a first name the text gives in full elsewhere; not a group called
 * `band's drummer`. A place after a comma (`a woman in Eastport, Maine`) stays no person. Invented text.
 */
class OneWordAppositiveRulesTest {

    private static final String TEXT = "Band backs the levy\n\n"
            + "The Velvet Owls played the harbour fair on Friday. \"Nobody is retiring yet,\" the band's drummer, Tiko,"
            + " said.\n\n"
            + "Mayor Piet Halvorsen did not attend. Nora Halvorsen spoke for the family. \"The docks cannot pay for"
            + " themselves,\" his wife, Nora, told reporters.";

    @Test
    void aStageNameInTheAppositiveIsThePerson() {
        assertEquals("Tiko", with(TEXT, "Nobody is retiring yet").speakerName());
    }

    @Test
    void aFirstNameInTheAppositiveIsThePersonNamedInFull() {
        assertEquals("Nora Halvorsen", with(TEXT, "The docks cannot pay").speakerName());
    }
}
