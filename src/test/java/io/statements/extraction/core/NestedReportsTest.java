package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction7: reported speech inside the reported clause of other reported speech is part of the outer
 * statement (`NestedReports`); a label before a colon names the quote's source before a verb in the label
 * (`colon-label` before `leading-cue`). Invented text.
 */
class NestedReportsTest {

    private static final String TEXT = "Harbour inquiry\n\n"
            + "The harbour master said the divers found two cracks in the northern wall last spring.\n\n"
            + "Ferry staff believe the timetable will change again in April.\n\n"
            + "Surveys predicted a quiet season - Lena Frost: \"Nobody expected the ferries to be this full in March.\"\n\n"
            + "Ida Berg said the new skipper was from Westmarch: \"He knows every rock in this bay by its name.\"";

    @Test
    void reportedSpeechInsideAReportedClauseIsTheOuterSpeakers() {
        ExtractedStatement s = with(TEXT, "divers found two cracks");
        assertEquals("The harbour master", s.speakerMention().text());
        assertEquals("reported-speech", s.sieve());
        assertTrue(all(TEXT).stream().noneMatch(x -> x.speakerMention() != null
                && x.speakerMention().text().equals("the divers")), "no statement of the divers");
    }

    @Test
    void reportedSpeechOnItsOwnStays() {
        assertEquals("Ferry staff", with(TEXT, "timetable will change again").speakerMention().text());
    }

    @Test
    void aDashLabelBeforeTheColonNamesTheSourceOverAVerbInTheLabel() {
        ExtractedStatement s = with(TEXT, "Nobody expected the ferries");
        assertEquals("colon-label", s.sieve());
        assertEquals("Lena Frost", s.speakerName());
    }

    @Test
    void aPlaceAfterFromInsideAClauseIsNoLabel() {
        ExtractedStatement s = with(TEXT, "every rock in this bay");
        assertEquals("Ida Berg", s.speakerName());
        assertEquals("leading-cue", s.sieve());
    }
}
