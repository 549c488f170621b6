package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n50e, rule and-inside-organisation ({@link CoordinatedNames}): an organisation's name with `and` inside it
 * (`the Liberty and Progress Party`) is the subject whole, not the words after `and`. Invented text.
 */
class AndInsideOrganisationRulesTest {

    @Test
    void aPartyNameWithAndIsOneName() {
        String text = "Norland's ruling Liberty and Progress Party claimed that \"a full military takeover\" had begun "
                + "in the capital.";
        assertEquals("Liberty and Progress Party", with(text, "full military takeover").speakerName());
    }

    @Test
    void aCouncilNameToo() {
        String text = "The Trade and Industry Council said the new tariff would be \"a blow to every port\".";
        assertEquals("Trade and Industry Council", with(text, "a blow to every port").speakerName());
    }

    @Test
    void twoBodiesAreNotOneName() {
        String text = "The Labour Party and Green Party said the budget was \"a missed chance\" for the regions.";
        assertEquals(false, "Labour Party and Green Party".equals(with(text, "a missed chance").speakerName()));
    }
}
