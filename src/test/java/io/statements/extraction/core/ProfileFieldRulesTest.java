package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session pron20: a profile box's field label before a colon is no speaker: a `Name:` field gives the person whose
 * quote follows in the box, any other label (`Job:`) no one. Invented text.
 */
class ProfileFieldRulesTest {

    private static final String TEXT = "Faces of the march\n\n"
            + "Name: Jane Roeling Age: 31City: BostonJob: CookWhy she is marching: \u201cI work two jobs and still"
            + " cannot pay the rent.\u201d\n\n"
            + "Job: DriverWhy he is marching: \u201cWe want a fair wage for every driver.\u201d\n";

    @Test
    void aNameFieldIsTheSpeaker() {
        assertEquals("Jane Roeling", with(TEXT, "two jobs").speakerName());
    }

    @Test
    void anotherLabelIsNoSpeaker() {
        assertNotEquals("Job", with(TEXT, "fair wage").speakerName());
    }
}
