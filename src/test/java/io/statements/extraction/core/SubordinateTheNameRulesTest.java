package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule subordinate-the-name: a verb coordinated inside `after the Kremlin criticised X and warned
 * of "..."` has the subordinate clause's subject (`the Kremlin`), not the main clause's words (`drill came`).
 */
class SubordinateTheNameRulesTest {

    @Test
    void theNamedSubjectOfTheSubordinateClauseSpeaks() {
        String text = "The fishermen's guild met on Monday.\n\n"
                + "Fishing resumed on Tuesday after the Harbour Authority lifted the ban and promised \"strict checks\" "
                + "on every boat.";
        assertEquals("Harbour Authority", with(text, "strict checks").speakerName());
    }

    @Test
    void aNamedEventAfterTheIsNoSubject() {
        String text = "Mayor Dana Cole spoke at the harbour on Friday.\n\n"
                + "She added that rebuilding after the Harbour Day storms was like running \"a marathon in the rain.\"";
        assertEquals("Dana Cole", with(text, "marathon in the rain").speakerName());
    }
}
