package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names31, rule cue-adjunct-after-quote: `"...!" Senator Tom Reyes said as he opened the vote.` keeps the
 * attribution in the quote's sentence; the quote was cut off as a sentence of its own and went to the speaker before,
 * and `as he opened the vote` became reported speech. Invented text.
 */
class CueAdjunctAfterQuoteRulesTest {

    private static final String TEXT = "Harbour vote\n\n"
            + "The board had not expected it to be easy.\n\n"
            + "\"The proud town of Eastbrook casts all of its votes for the new ferry line!\" Senator Tom Reyes said"
            + " as he opened the roll call.\n\n"
            + "\"Are we really ready for the winter crossings?\" Ida Berg asked while the clerk counted.";

    @Test
    void theNamedSpeakerAfterTheExclamationHasTheQuote() {
        assertEquals("Tom Reyes", with(TEXT, "proud town of Eastbrook").speakerName());
    }

    @Test
    void theAdjunctIsNoReportedClause() {
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().startsWith("as he opened")));
    }

    @Test
    void aQuestionWithWhileKeepsItsAsker() {
        assertEquals("Ida Berg", with(TEXT, "ready for the winter").speakerName());
    }
}
