package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names30, rule doctor-named-next ({@link DoctorMentions}): `his family physician` whom no appositive ties to
 * a name is the one person the next sentence calls `Dr.`. Invented text.
 */
class DoctorNamedNextRulesTest {

    private static final String TEXT = "Candidate's health\n\n"
            + "Walter Brennick has kept up a busy schedule of rallies. His family physician says the developer is in"
            + " \"remarkably robust\" health for his age. The note came from Dr. Ada Brandt, who has treated him for"
            + " years.\n";

    @Test
    void thePhysicianIsTheDoctorNamedNext() {
        assertEquals("Ada Brandt", with(TEXT, "remarkably robust").speakerName());
    }
}
