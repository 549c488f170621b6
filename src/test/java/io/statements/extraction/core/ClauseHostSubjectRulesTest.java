package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule clause-host-subject: in `Tom Reyes's name was announced on a scanner ... long before city hall
 * officials started to portray the shooting as a "workplace" issue` the quoted word is the officials', not a speaker
 * named `Tom Reyes's name` (the passive `was announced` put out no one's words). Invented text.
 */
class ClauseHostSubjectRulesTest {

    @Test
    void theAdverbialClausesSubjectSpeaks() {
        String text = "Timeline\n\nThe timeline of events shows that Tom Reyes\u2019s name was announced on a police scanner"
                + " several times before the mayor was briefed \u2013 and long before city hall officials started to"
                + " portray the shooting as a \u201cworkplace\u201d issue.\n";
        assertEquals("city hall officials", with(text, "workplace").speakerName());
    }
}
