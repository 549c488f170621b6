package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction7 (issue 12 checks): a title nobody was named with is a PERSON with low confidence; an appositive
 * name wins over its title; a headline's clause is one statement, never a second one spoken by a headline
 * fragment. Invented text.
 */
class TitleAndHeadlineRulesTest {

    private static final String TEXT = "Port Aide Calls Mayor Holt 'Reckless' Over Dredging\n\n"
            + "The Westmarch port board met on Monday. The mayor, Anna Holt, defended the plan.\n\n"
            + "\"We have the money,\" the mayor said.\n\n"
            + "\"Give us a week,\" the press secretary said.\n\n"
            + "\"The pier will hold,\" the harbour engineer Tomas Reyes said.\n\n"
            + "\"The mayor is reckless over the dredging,\" the port spokesman, Ivo Marten, told reporters.";

    @Test
    void aTitleNobodyWasNamedWithIsAPersonWithLowConfidence() {
        ExtractedStatement untitled = with(TEXT, "Give us a week,");
        assertEquals("press secretary", untitled.speakerName());
        assertEquals(SpeakerKind.PERSON, untitled.speakerKind());
        ExtractedStatement named = with(TEXT, "The pier will hold,");
        assertEquals("Tomas Reyes", named.speakerName());
        assertTrue(untitled.confidence() < named.confidence(), untitled.confidence() + " vs " + named.confidence());
        assertTrue(untitled.confidence() <= 0.6);
    }

    @Test
    void aTitleGivenInAnAppositiveResolvesToThePerson() {
        ExtractedStatement s = with(TEXT, "We have the money,");
        assertEquals("Anna Holt", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
        assertEquals(0.9, s.confidence());
    }

    @Test
    void aHeadlineClauseIsOneStatementNotSpokenByAHeadlineFragment() {
        List<ExtractedStatement> headline = all(TEXT).stream().filter(s -> s.text().contains("Reckless")).toList();
        assertEquals(1, headline.size(), headline.toString());
        assertEquals("headline", headline.get(0).sieve());
        assertEquals("Ivo Marten", headline.get(0).speakerName());
        assertNotEquals("Port Aide", headline.get(0).speakerName());
    }
}
