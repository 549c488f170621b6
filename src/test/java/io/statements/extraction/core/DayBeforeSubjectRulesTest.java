package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names39, rule day-before-subject: a leading adjunct ending in a day without a comma (`after the detentions
 * at the office on Sunday Brenner warned`) is followed by the main clause's subject, not part of it. Invented text.
 */
class DayBeforeSubjectRulesTest {

    private static final String TEXT = "Veteran league chief Karl Brenner on Monday warned of \u201charder times\u201d"
            + " for the troubled association but refused to step down.\n"
            + "And after the detention of four officials at the league office on Sunday Brenner warned that the"
            + " trouble was not over.\n"
            + "\u201cThe next weeks will be hard for the league. More bad news will come,\u201d the 81-year-old said.";

    @Test
    void theNameAfterTheDayIsTheSubject() {
        assertEquals("Karl Brenner", with(TEXT, "the trouble was not over").speakerName());
    }

    @Test
    void theAgeDescriptionThenFindsTheSubject() {
        assertEquals("Karl Brenner", with(TEXT, "next weeks will be hard").speakerName());
    }
}
