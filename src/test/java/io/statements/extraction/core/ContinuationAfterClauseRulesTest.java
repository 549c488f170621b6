package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction6: a verb of saying in a clause hanging on a quote's attribution (`referring to scratches that
 * Dunn showed`) does not take over the quote that continues it, and `"...?" X told reporters` is one sentence.
 * Invented text.
 */
class ContinuationAfterClauseRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "\"How do you know those marks were not there before?\" Holt told reporters on the ferry, referring to "
            + "scratches that Dunn showed to the police. \"Would she not have called for help?\"\n\n"
            + "\"Why now?\" Ames asked the board members.";

    @Test
    void theContinuedQuoteKeepsTheQuotesSpeaker() {
        ExtractedStatement s = with(TEXT, "Would she not have called for help");
        assertEquals("Holt", s.speakerName());
        assertEquals(2, s.segments().size());
    }

    @Test
    void aQuestionBeforeATellingVerbAndItsObjectIsOneSentence() {
        ExtractedStatement s = with(TEXT, "Why now?");
        assertEquals("trailing-cue", s.sieve());
        assertEquals("Ames", s.speakerName());
    }
}
