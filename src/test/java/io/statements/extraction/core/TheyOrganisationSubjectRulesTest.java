package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule they-organisation-subject: `they said` after a person's quote is the organisation the
 * sentence before opens with. Invented text.
 */
class TheyOrganisationSubjectRulesTest {

    @Test
    void theOrganisationTheSentenceBeforeOpensWith() {
        String text = "Bail bill signed\n\nGovernor Colin Treadwell signed the bail bill on Friday. \"It is a fair"
                + " law,\" Treadwell said.\n\nThe Riverside Police Federation opposed the bill. \"Dangerous people will"
                + " be back on the street by dinner time,\" they said.";
        assertEquals("Riverside Police Federation", with(text, "Dangerous people").speakerName());
    }
}
