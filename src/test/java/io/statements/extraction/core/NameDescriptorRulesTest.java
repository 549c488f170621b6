package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a party tag or a trade written before a first name in one capitalised run (`Democrat Sarah Quill`,
 * `Billionaire Mark Lamb`) is no part of the name. Invented text.
 */
class NameDescriptorRulesTest {

    private static final String TEXT = "Port race\n\n"
            + "Democrat Sarah Quill said the plan was \"a giveaway.\"\n\n"
            + "Billionaire Mark Lamb said the docks \"will pay for themselves.\"";

    @Test
    void theTagIsNoPartOfTheName() {
        assertEquals("Sarah Quill", with(TEXT, "a giveaway").speakerName());
        assertEquals("Mark Lamb", with(TEXT, "pay for themselves").speakerName());
    }
}
