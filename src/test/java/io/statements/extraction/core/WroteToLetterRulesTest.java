package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule wrote-to-letter: who wrote to someone sent the letter quoted after. */
class WroteToLetterRulesTest {

    @Test
    void theLetterIsTheOneWhoWroteTo() {
        String text = """
                Ferry strike

                Mayor Osric Penhallow has written to the transport board. "The crossing cannot close," the letter said.
                """;
        assertEquals("Osric Penhallow", with(text, "The crossing cannot close,").speakerName());
    }
}
