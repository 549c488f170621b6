package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66b, rule time-word-after-name ({@link MentionTails#beforeTimeWord}): a time word between a name and the
 * phrase the mention is cut at (`The KFA yesterday in a short statement called`) is no part of the name; a name
 * holding a day after a lower-case word (`The Mail on Sunday`) keeps it. Invented text.
 */
class TimeWordAfterNameRulesTest {

    @Test
    void todayAfterAnAcronymIsNoPartOfIt() {
        String text = "League row\n\n"
                + "The KFA today in a brief note to clubs called the remarks \"hasty and unfair to every club.\"";
        assertEquals("KFA", with(text, "hasty and unfair").speakerName());
    }

    @Test
    void yesterdayAfterABodyIsNoPartOfIt() {
        String text = "League row\n\n"
                + "The Tarn Rowing Federation yesterday, in a letter to members, called the ban \"a step too far.\"";
        assertEquals("Tarn Rowing Federation", with(text, "a step too far").speakerName());
    }

    @Test
    void aDayInsideANameStays() {
        String text = "Budget row\n\n"
                + "The Mail on Sunday in an editorial called the plan \"a costly mistake for the whole town.\"";
        assertEquals("Mail on Sunday", with(text, "a costly mistake").speakerName());
    }
}
