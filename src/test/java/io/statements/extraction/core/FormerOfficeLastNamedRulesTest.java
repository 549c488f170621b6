package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names30, rule former-office-last-named ({@link RoleMentions}): `the former secretary of state` that the text
 * gives that title to nobody is the person the sentence before names last, not its subject, a senator. Invented
 * text.
 */
class FormerOfficeLastNamedRulesTest {

    private static final String TEXT = "Wage fight\n\n"
            + "Sen. Tom Alder leads the race, and Nora Quill trails him by a wide margin. Alder mocked the wage plan"
            + " in a speech everyone took as a jab at Quill. The former secretary of state said that cities should"
            + " decide \"what wage is right for them.\"\n";

    @Test
    void theFormerSecretaryIsThePersonNamedLastBefore() {
        assertEquals("Nora Quill", with(TEXT, "what wage is right").speakerName());
    }
}
