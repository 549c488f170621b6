package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n56a, rule quantified-plural: `some Greens think`, `many Greens now believe`: a quantifier before a
 * capitalised plural is a group of the party's people, not the body or person whose longer name opens with the word
 * (`Greens Abroad`). Near-misses: the longer name speaking itself, a quantified plural the text names nothing longer
 * with. Invented text.
 */
class QuantifiedPluralsRulesTest {

    private static final String PRIMARY = "Ostrin wins overseas vote\n\n"
            + "Lena Ostrin won the Greens Abroad primary on Monday and took two of the three contests that followed.\n\n"
            + "A quick end to the race would keep Ostrin off the airwaves for months, many Greens now believe.\n\n"
            + "\"Every vote from overseas was counted twice,\" Greens Abroad said in a statement.";

    private static final String PLAIN = "Levy splits the coalition\n\n"
            + "The new levy on fuel would cost the coalition its rural seats, some Liberals think.";

    @Test
    void aQuantifiedPluralIsTheGroupNotTheLongerName() {
        ExtractedStatement st = with(PRIMARY, "keep Ostrin off the airwaves");
        assertEquals("Greens", st.speakerName());
        assertEquals(SpeakerKind.GROUP, st.speakerKind());
    }

    @Test
    void theLongerNameSpeakingIsItself() {
        assertEquals("Greens Abroad", with(PRIMARY, "counted twice").speakerName());
    }

    @Test
    void aQuantifiedPluralWithNoLongerNameStays() {
        assertEquals("Liberals", with(PLAIN, "cost the coalition its rural seats").speakerName());
    }
}
