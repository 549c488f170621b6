package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `her campaign said` is the campaign of the person `her` means (of that gender), `the campaign said`
 * the one last written with its candidate (`Lamb's campaign`); both were `campaign`. Invented text.
 */
class CampaignOwnerRulesTest {

    private static final String TEXT = "Race for mayor\n\n"
            + "Sarah Quill raised more than $2 million in March. Her campaign said the average donation was \"under $30.\"\n\n"
            + "Victor Lamb's campaign did not release its figures. Lamb spoke in Dover on Tuesday.\n\n"
            + "The campaign said it would publish the figures \"in due course.\"";

    @Test
    void herCampaignIsHers() {
        assertEquals("Sarah Quill campaign", with(TEXT, "under $30").speakerName());
    }

    @Test
    void theCampaignIsTheOneLastNamedWithItsCandidate() {
        assertEquals("Victor Lamb campaign", with(TEXT, "in due course").speakerName());
    }
}
