package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names33, rules pronoun-not-place-or-event and pronoun-not-place-adjective: a state's full name (`Georgia`,
 * `Virginia`, also women's names), a one-word event (`Convention`), a holiday (`Election Day`) or a place's adjective
 * (`the Mediterranean`) the name index took for a person's is no antecedent of `he` or `she`; a person whose last
 * name is `Day` still is. Invented text.
 */
class PronounNotPlaceOrEventRulesTest {

    @Test
    void aStateWonIsNoWoman() {
        String text = "Primary night\n\nMayor Tom Aldous said the count was slow. \"We will be here all night,\" he said.\n\n"
                + "Senator Helen Marsh took an early lead on Tuesday.\n\n"
                + "Her wins in Georgia and Virginia put her ahead of Paul Brandt, who won his home state.\n\n"
                + "She told supporters that \"the long road starts tonight.\"";
        assertEquals("Helen Marsh", with(text, "the long road starts tonight").speakerName());
    }

    @Test
    void aHolidayIsNoWoman() {
        String text = "Voters wait\n\nMayor Tom Aldous said the count was slow. \"We will be here all night,\" he said.\n\n"
                + "Lena Ortiz has lived on the island for decades. Her plan is to vote on Election Day with her"
                + " daughter.\n\n"
                + "\"Nobody explained the new ballots to us,\" she said.";
        assertEquals("Lena Ortiz", with(text, "Nobody explained the new ballots").speakerName());
    }

    @Test
    void aPersonCalledDayStillIs() {
        String text = "Clinic rules\n\nMayor Tom Aldous said the count was slow. \"We will be here all night,\" he said.\n\n"
                + "Kristen Day, who directs the clinic group, answered the critics on Monday.\n\n"
                + "\"Nobody explained the new rules to us,\" she said.";
        assertEquals("Kristen Day", with(text, "Nobody explained the new rules").speakerName());
    }

    @Test
    void aConventionIsNoMan() {
        String text = "Convention night\n\nOne claim in Governor Paul Brandt's speech to the Democratic National"
                + " Convention on Wednesday does not hold up.\n\nHe told his audience: \"Nobody has ever been better"
                + " prepared for this job.\"";
        assertEquals("Paul Brandt", with(text, "Nobody has ever been better").speakerName());
    }

    @Test
    void aPlaceAdjectiveIsNoWoman() {
        String text = "Ferry rules\n\nMayor Tom Aldous said the count was slow. \"We will be here all night,\" he said.\n\n"
                + "Councillor Lena Ortiz met the ferry crews on Monday. Their boats cross the Mediterranean twice a"
                + " week.\n\n\"Nobody explained the new timetable to us,\" she said.";
        assertEquals("Lena Ortiz", with(text, "Nobody explained the new timetable").speakerName());
    }
}
