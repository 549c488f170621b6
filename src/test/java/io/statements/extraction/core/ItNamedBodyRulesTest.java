package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule it-named-body: `it` speaks for a named body the word lists do not know. */
class ItNamedBodyRulesTest {

    @Test
    void itIsTheBodyJustQuoted() {
        String text = """
                Clinic crisis

                Nurses Beyond Frontiers said the clinic was "overwhelmed." "We have run out of beds," it said.
                """;
        assertEquals("Nurses Beyond Frontiers", with(text, "We have run out of beds,").speakerName());
    }

    @Test
    void aPersonNamedLastIsNoIt() {
        String text = """
                Clinic crisis

                Ruth Calder said the clinic was "overwhelmed." "We have run out of beds," it said.
                """;
        assertEquals(null, with(text, "We have run out of beds,").speakerName());
    }
}
