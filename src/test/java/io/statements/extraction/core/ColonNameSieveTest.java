package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session extraction12: a quote after a colon that closes on a person's name is that person's, not the sentence
 * subject's (`The timing ... does not surprise pollster Ida Berg: "..."` was spoken by "timing"); a name after a
 * preposition is the one addressed. Invented text.
 */
class ColonNameSieveTest {

    private static final String TEXT = "Harbour news\n\n"
            + "The timing of the vote does not surprise Labour pollster Ida Berg: \"Historically, ferry fares decide"
            + " island elections.\"\n\n"
            + "Council leader Tom Reyes delivered a blunt message to Mayor Ann Holt: \"It is time to stop blaming the"
            + " crews.\"";

    @Test
    void theNameBeforeTheColonSpeaks() {
        ExtractedStatement s = with(TEXT, "ferry fares decide island elections");
        assertEquals("Ida Berg", s.speakerName());
        assertEquals("colon-name", s.sieve());
    }

    @Test
    void aNameAfterAPrepositionIsAddressed() {
        assertNotEquals("Ann Holt", with(TEXT, "stop blaming the crews").speakerName());
    }
}
