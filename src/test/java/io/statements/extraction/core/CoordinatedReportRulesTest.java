package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Session extraction9: a verb of saying coordinated with the cue (`X said A, adding that B`, `X said A and noted
 * that B`) starts an attribution of its own, which ends the first reported clause; the participle shares the
 * speaker of the outer statement, not of a verb nested in its clause (`Complements.coordinatedReport`). Invented
 * text.
 */
class CoordinatedReportRulesTest {

    private static final String TEXT = "Ferry news\n\n"
            + "Ida Berg said the ferry would run again in May and noted that the harbour board had approved the "
            + "repairs.\n\n"
            + "The mayor warned that costs would rise, adding that the council had no reserves left.\n\n"
            + "Councillor Tom Lund said he doubted the divers had checked the hull, arguing that the survey was "
            + "rushed.\n\n"
            + "Old friends of the skipper mocked the timetable, calling it \"a schoolboy's joke,\" Nora Falk said.\n\n"
            + "\"But it is our joke, and we keep it!\"";

    @Test
    void aCoordinatedVerbOfSayingEndsTheFirstClauseAndStartsItsOwn() {
        ExtractedStatement first = with(TEXT, "ferry would run again");
        assertEquals("the ferry would run again in May", first.text());
        ExtractedStatement second = with(TEXT, "harbour board had approved");
        assertEquals("the harbour board had approved the repairs", second.text());
        assertEquals("noted", second.cue().text());
        assertEquals("Ida Berg", second.speakerName());
    }

    @Test
    void aParticipleAfterACommaIsAStatementOfTheSameSpeaker() {
        assertEquals("costs would rise", with(TEXT, "costs would rise").text());
        ExtractedStatement adding = with(TEXT, "no reserves left");
        assertEquals("adding", adding.cue().text());
        assertEquals("The mayor", adding.speakerMention().text());
    }

    @Test
    void theParticipleTakesTheOuterSpeakerNotTheNestedOne() {
        ExtractedStatement arguing = with(TEXT, "survey was rushed");
        assertEquals("Tom Lund", arguing.speakerName());
        assertEquals("Councillor Tom Lund", arguing.speakerMention().text());
    }

    @Test
    void aQuoteAfterTheCutClauseKeepsItsContinuation() {
        ExtractedStatement next = with(TEXT, "it is our joke");
        assertEquals("Nora Falk", next.speakerName());
        assertFalse(all(TEXT).stream().anyMatch(s -> s.text().contains("it is our joke")
                && s.speakerMention() != null && s.speakerMention().text().startsWith("Old friends")));
    }
}
