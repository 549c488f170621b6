package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * `CLAUSE, said X` when the clause ends in a prepositional object with a comma interruption (session extraction14):
 * the object was read as the subject of `said` across the interruption and the speaker's name as the content.
 * Invented sentences.
 */
class ObjectBeforeInvertedCueRulesTest {

    @Test
    void anObjectWithARelativeClauseIsNoSubject() {
        ExtractedStatement s = with("Port fees.\n\nThe board also lacks support from the ferry crews in Eastbrook, whom "
                + "it has angered with its fees, said Ida Berg, director of the Harbour Institute.", "lacks support");
        assertEquals("Ida Berg", s.speakerName(), s.toString());
        assertEquals(StatementKind.INDIRECT, s.kind());
    }

    @Test
    void anObjectBeforeACoordinatedClauseIsNoSubject() {
        ExtractedStatement s = with("Port fees.\n\nThe answer found little favour with the Harbour Board, and the talks "
                + "stalled from there, said one port official.", "found little favour");
        assertEquals("port official", s.speakerName(), s.toString());
    }

    @Test
    void anInterruptedSubjectOpeningTheClauseKeepsItsVerb() {
        ExtractedStatement s = with("Port fees.\n\nOne captain, who asked not to be named, said the fees would ruin the "
                + "smaller crews.", "the fees would ruin");
        assertEquals("One captain, who asked not to be named", s.speakerMention().text(), s.toString());
    }
}
