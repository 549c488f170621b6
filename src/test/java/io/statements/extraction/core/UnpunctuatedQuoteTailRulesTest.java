package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A quote opening its sentence that closes without punctuation takes the attribution right after it however long the
 * tail (session extraction14): a verb of saying and a name (`"..." said Nick Vale, a campaign spokesman.`) or a name
 * and a verb of saying (`"..." Vale said after an event in ...`). Before, only tails of up to eight tokens counted
 * and the quote was joined to the previous paragraph's speaker. Invented sentences.
 */
class UnpunctuatedQuoteTailRulesTest {

    private static final String LEAD = "Port fees.\n\nThe Harbour Board said the fees had been set fairly.\n\n";

    @Test
    void anInvertedNameWithALongAppositive() {
        ExtractedStatement s = with(LEAD + "\"All winter we were left waiting while the board ignored every letter we sent\" "
                + "said Nick Vale, a spokesman for the dockers' union.", "All winter we were left waiting");
        assertEquals("Nick Vale", s.speakerName(), s.toString());
        assertEquals("trailing-cue", s.sieve());
    }

    @Test
    void aNameAndVerbWithALongTail() {
        ExtractedStatement s = with(LEAD + "\"As a captain, he put a lot of crews out of work, too\" Vale said after a "
                + "meeting in Eastbrook on Wednesday.", "he put a lot of crews out of work");
        assertEquals("Vale", s.speakerMention().text(), s.toString());
    }
}
