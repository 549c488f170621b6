package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `the company said` after `Harbour Steel AG said` is Harbour Steel AG; `the group said` after a
 * sentence about the Harbour Trust is the trust (both were `company`/`group`). Invented text.
 */
class OrganisationAnaphoraRulesTest {

    private static final String TEXT = "Barrier delayed\n\n"
            + "Harbour Steel AG said on Thursday that it had met every deadline. In a statement, the company said it had"
            + " delivered \"every beam on time.\"\n\n"
            + "The Harbour Trust, reviewing an earlier draft, reached much the same view. The delay was \"the city's"
            + " own doing,\" the group said.";

    @Test
    void theCompanyIsTheOrganisationThatSpokeLast() {
        assertEquals("Harbour Steel AG", with(TEXT, "every beam on time").speakerName());
    }

    @Test
    void theGroupIsTheOrganisationTheSentenceBeforeIsAbout() {
        assertEquals("Harbour Trust", with(TEXT, "own doing").speakerName());
    }
}
