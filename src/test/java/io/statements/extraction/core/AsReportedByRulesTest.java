package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule as-reported-by: `As reported by the Western Ledger, X found ...` reads like `According to the
 * Western Ledger, X found ...`: the outlet reports the clause, as PolNeAR marks it. Invented text.
 */
class AsReportedByRulesTest {

    @Test
    void theOutletReportsTheClause() {
        String text = "Harbour report\n\nAs reported by the Western Ledger, former harbour pilot Tom Reyes found both"
                + " plans to be unsafe.\n";
        assertEquals("Western Ledger", with(text, "found both plans").speakerName());
    }
}
