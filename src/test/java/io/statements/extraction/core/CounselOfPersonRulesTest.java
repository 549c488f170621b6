package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rule counsel-of-person: `Mr. Hale's lawyers`, `Ms. Hale's attorney`, `his attorneys` are the
 * client's lawyers under the client's full name (the honorific chooses between two Hales), as `his office` is its
 * holder's. Invented text.
 */
class CounselOfPersonRulesTest {

    private static final String TEXT = "Siblings fight over family firm\n\n"
            + "Gordon Hale, the company's chairman, wants to sell. His sister, Patricia Hale, says no.\n\n"
            + "In a court filing last month, Mr. Hale's lawyers called the objections \"a campaign of delay.\"\n\n"
            + "Ms. Hale's attorney said the filing was \"beneath the company.\"\n\n"
            + "The chairman has denied any wrongdoing, and his attorneys said the sale was \"the only way forward.\"";

    @Test
    void theHonorificChoosesTheClient() {
        assertEquals("Gordon Hale's lawyers", with(TEXT, "a campaign of delay").speakerName());
        assertEquals("Patricia Hale's attorney", with(TEXT, "beneath the company").speakerName());
    }

    @Test
    void hisAttorneysAreTheClients() {
        assertEquals("Gordon Hale's attorneys", with(TEXT, "the only way forward").speakerName());
    }
}
