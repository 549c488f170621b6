package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule agreed-inside-report: a quote after `Y had agreed to` or a passive inside what X told or
 * said is X's report; `Y agreed, "..."` on its own stays Y's.
 */
class AgreedInsideReportRulesTest {

    private static final String OPENING = "The adviser Tom Reyes spoke on Monday.\n\n";

    @Test
    void agreeingToAnActIsReportedByTheTeller() {
        String text = OPENING + "Reyes told local radio on Monday that Governor Ana Ruiz had agreed with the mayor to "
                + "\"take one more step toward a deal.\"";
        assertEquals("Tom Reyes", with(text, "one more step").speakerName());
    }

    @Test
    void aPassiveInsideTheReportIsNoSpeaker() {
        String text = OPENING + "Reyes said the plan was agreed upon by all the unions, \"as we are always united in "
                + "hard times\".";
        assertEquals("Tom Reyes", with(text, "always united").speakerName());
    }

    @Test
    void aPlainAgreementKeepsItsSubject() {
        String text = OPENING + "Governor Ana Ruiz agreed: \"We need one more step toward a deal.\"";
        assertEquals("Ana Ruiz", with(text, "one more step").speakerName());
    }
}
