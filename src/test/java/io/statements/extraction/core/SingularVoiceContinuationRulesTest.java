package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n62b, rule i-not-a-pair ({@link SingularVoiceContinuations}, {@link ContinuationSieve}): a cue-less quote
 * in the first person singular after `X and Y said they would` is not the pair's. Invented text.
 */
class SingularVoiceContinuationRulesTest {

    private static final String BEFORE = "\"The chances for the others are slim,\" Dr Halamoa told reporters on Tuesday.\n\n"
            + "Premier Ana Ravu and Iosefa Matagi said on Tuesday they would help pay for a new vessel.\n\n";

    @Test
    void anIAfterAPairIsTheOneWhoSpokeBefore() {
        String text = BEFORE + "\"We would gladly accept that. I am grateful for the quick offer from both leaders.\"";
        assertEquals("Halamoa", with(text, "gladly accept").speakerName());
    }

    @Test
    void aWeAloneStaysThePairs() {
        String text = BEFORE + "\"We will sit down with the families and work out the details together.\"";
        assertEquals("Ana Ravu and Iosefa Matagi", with(text, "sit down with the families").speakerName());
    }

    @Test
    void thePairsOwnQuoteGoesOnAsTheirs() {
        String text = "\"The vessel was old,\" Ana Ravu and Iosefa Matagi wrote in the report.\n\n"
                + "\"One skipper told us: 'Trust me, it leaked.' The owners knew.\"";
        assertEquals("Ana Ravu and Iosefa Matagi", with(text, "Trust me").speakerName());
    }
}
