package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a last name that is also a function word (`Al From`): `From said the pipeline "..."` after the
 * article named Al From is his, not a quote without a speaker; `From the start, she said ...` stays a preposition.
 * Invented text.
 */
class FunctionWordSurnameRulesTest {

    private static final String TEXT = "Pipeline row\n\n"
            + "Al From, a former adviser to the party, disagreed with the senator. From said the pipeline \"will bring"
            + " jobs to the region.\"\n\n"
            + "Nora Quill, who leads the tribe, was not convinced. From the start, she said, the plan \"ignored the"
            + " tribes entirely.\"";

    @Test
    void theLastNameBeforeSaidIsThePerson() {
        assertEquals("Al From", with(TEXT, "will bring jobs").speakerName());
    }

    @Test
    void aPrepositionOpeningASentenceStaysOne() {
        assertEquals("Nora Quill", with(TEXT, "ignored the tribes").speakerName());
    }
}
