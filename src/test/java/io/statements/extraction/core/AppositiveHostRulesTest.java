package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: a long appositive after a name (`Ida Brandt, the president of Harbour Watch, a group that has sued
 * the port authority twice over dredging permits and fees, said`) is the named person's, not a `president`; an
 * opening phrase before the comma (`Like Mayor Tom Okafor, a spokesman said`) names someone else. Invented text.
 */
class AppositiveHostRulesTest {

    private static final String TEXT = "Port fees draw fire\n\n"
            + "The port authority raised its fees on Monday.\n\n"
            + "But Ida Brandt, the president of Harbour Watch, a group that has sued the port authority twice over"
            + " dredging permits and fees since the spring of last year, said that \"the damage is already done.\"\n\n"
            + "Like Mayor Tom Okafor, a spokesman for the ferry line said the fees were \"far too high.\"";

    @Test
    void theNameBeforeALongAppositiveSpeaks() {
        assertEquals("Ida Brandt", with(TEXT, "the damage is already done").speakerName());
    }

    @Test
    void anOpeningPhraseNamesSomeoneElse() {
        assertEquals("spokesman", with(TEXT, "far too high").speakerName());
    }
}
