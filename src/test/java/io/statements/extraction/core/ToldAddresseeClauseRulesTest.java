package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names32, rule told-addressee-clause: `X told reporters inspectors had found "..."`: the clause after the
 * addressee, without `that`, is X's report; the addressee and its subject are no speaker run together.
 */
class ToldAddresseeClauseRulesTest {

    @Test
    void theClauseAfterTheAddresseeIsTheTellers() {
        String text = "Port chief Idris Calloway told reporters divers had found \"no damage to the hull.\"";
        assertEquals("Idris Calloway", with(text, "no damage to the hull.").speakerName());
    }
}
