package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session extraction7: a share of people as the subject of a verb of saying (polls, crowds). Invented text. */
class QuantifiedSubjectRulesTest {

    private static final String TEXT = "Ferry poll\n\n"
            + "Seven in 10 island commuters said the timetable had made their mornings worse.\n\n"
            + "Many of her longtime customers say they will keep buying bread at the old bakery.\n\n"
            + "On the harbour levy, 38% say it should be scrapped before the summer.\n\n"
            + "About half of the fishermen said the new quay was too short for their boats.\n\n"
            + "For two winters many waited for the bridge.\n\n"
            + "By March, 46 percent of voters said the fares were too high. Only 19 percent said they would"
            + " move to the mainland.";

    @Test
    void aShareOfPeopleIsAGroupNamedByThePeople() {
        ExtractedStatement s = with(TEXT, "timetable had made their mornings worse");
        assertEquals("reported-speech", s.sieve());
        assertEquals("Seven in 10 island commuters", s.speakerMention().text());
        assertEquals("island commuters", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
        ExtractedStatement bakery = with(TEXT, "keep buying bread");
        assertEquals("Many of her longtime customers", bakery.speakerMention().text());
        assertEquals("longtime customers", bakery.speakerName());
        assertEquals("About half of the fishermen", with(TEXT, "quay was too short").speakerMention().text());
    }

    @Test
    void aBarePercentageIsASubjectWithoutAName() {
        ExtractedStatement s = with(TEXT, "should be scrapped");
        assertEquals("38%", s.speakerMention().text());
        assertNull(s.speakerName());
    }

    @Test
    void aQuantityThatOpensNoClauseIsNoSubject() {
        assertTrue(all(TEXT).stream().noneMatch(x -> x.text().contains("waited for the bridge")));
    }

    /**
     * Session extraction12: `percent` spelt out was a speaker named "percent" (54 train/dev statements). The sentence
     * opened `In the same poll,` until session extraction15, which gives such a poll the statement
     * ({@code PollSourceRulesTest}).
     */
    @Test
    void aPercentageSpeltOutIsAShareToo() {
        ExtractedStatement s = with(TEXT, "the fares were too high");
        assertEquals("46 percent of voters", s.speakerMention().text());
        assertEquals("voters", s.speakerName());
        ExtractedStatement bare = with(TEXT, "move to the mainland");
        assertEquals("19 percent", bare.speakerMention().text());
        assertNull(bare.speakerName());
    }
}
