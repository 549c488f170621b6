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
        String text = OPENING + "Reyes told a local paper on Monday that Governor Ana Ruiz had agreed with the mayor to "
                + "\"reopen the bus depot by June.\"";
        assertEquals("Tom Reyes", with(text, "bus depot").speakerName());
    }

    @Test
    void aPassiveInsideTheReportIsNoSpeaker() {
        String text = OPENING + "Reyes said the plan was agreed upon by all the unions, \"because every driver "
                + "needs the new shifts\".";
        assertEquals("Tom Reyes", with(text, "every driver").speakerName());
    }

    @Test
    void aPlainAgreementKeepsItsSubject() {
        String text = OPENING + "Governor Ana Ruiz agreed: \"The depot must reopen by June.\"";
        assertEquals("Ana Ruiz", with(text, "must reopen").speakerName());
    }
}
