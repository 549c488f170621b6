package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction13: verbs of voicing, railing and proposing that PolNeAR marks in at least two of five uses
 * (`voiced`, `railed`, `lashed`, `boasts`, `speculated`, `proposes`, `hints`, `unveiled`, `unleashed`, `sided`,
 * `balked`, `distanced`) make reported speech, with the subject as the speaker. Invented text.
 */
class JudgementVerbRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Mayor Anna Holt voiced support for a second ferry line. The dockers' union railed against the new "
            + "fares at a rally. Tom Reyes speculated that the quay would close by winter. The council proposes a "
            + "smaller budget for the harbour.";

    @Test
    void theseVerbsMakeReportedSpeech() {
        ExtractedStatement s = with(TEXT, "support for a second ferry line");
        assertEquals("reported-speech", s.sieve());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("Anna Holt", s.speakerName());
        assertEquals("dockers' union", with(TEXT, "against the new fares").speakerName());
        assertEquals("Tom Reyes", with(TEXT, "the quay would close by winter").speakerName());
        assertEquals("council", with(TEXT, "a smaller budget for the harbour").speakerName());
    }
}
