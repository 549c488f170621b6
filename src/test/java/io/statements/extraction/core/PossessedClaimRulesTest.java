package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names28, rule possessed-claim: `her claim that she "..."` is the owner's statement; the noun of saying
 * has no subject, and the speaker was none. Invented text.
 */
class PossessedClaimRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "Mayor Ida Marsh spoke to the harbour board on Monday.\n\n"
            + "The session ended in a long answer to a question about the gap separating her claim that she \"never signed"
            + " a ferry contract\" and the board's own minutes.";

    @Test
    void theOwnerOfTheClaimSpeaks() {
        assertEquals("Ida Marsh", with(TEXT, "never signed").speakerName());
    }
}
