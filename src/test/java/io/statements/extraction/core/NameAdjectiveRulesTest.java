package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule name-adjective: `amid the Trumpian tumult` names no one, so the next `he` is the envoy the
 * paragraph is about, not `Trumpian`. Invented text.
 */
class NameAdjectiveRulesTest {

    @Test
    void anAdjectiveFromANameIsNoAntecedent() {
        String text = "Envoy leaves\n\nAfter seven months, Miguel Ortez Lamb, the ambassador, will be replaced.\n\n"
                + "Ortez took over the embassy last year. During his short stay, he built a name as a calm hand"
                + " amid the Trumpian tumult. In March, he brushed off the remarks as \"just part of the campaign.\"\n";
        assertEquals("Ortez", with(text, "just part of the campaign").speakerName());
    }
}
