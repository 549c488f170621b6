package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names34, rule seat-of-government: `the Elysee`, `Downing Street`, `Whitehall` speak for a government like
 * `the Kremlin`: an organisation, so the `it` after them is theirs, not a city named earlier. Invented text.
 */
class SeatOfGovernmentRulesTest {

    private static final String TEXT = "Lisbon and Vienna agree on fishing quotas\n\n"
            + "The president spoke with the Austrian chancellor for an hour on Monday, the Elysee said."
            + " \"Both sides want the quotas settled before spring,\" it said in a statement.\n\n"
            + "Downing Street declined to comment on the talks. \"We do not comment on other governments' calls,\" it"
            + " said.";

    @Test
    void itIsTheElysee() {
        assertEquals("Elysee", with(TEXT, "Both sides want the quotas").speakerName());
    }

    @Test
    void itIsDowningStreet() {
        assertEquals("Downing Street", with(TEXT, "We do not comment on other").speakerName());
    }
}
