package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50e, rule trailing-according-to ({@link SentenceSubjectSieve}): a quote without a verb of saying whose
 * sentence closes on `, according to X` is X's, not the sentence subject's. Invented text.
 */
class TrailingAccordingToRulesTest {

    @Test
    void theSourceClosingTheSentenceIsTheSpeaker() {
        String text = "Prime Minister Rafiq Zardan spoke for an hour on Monday.\n\nMr. Zardan's tough talk is \"aimed at "
                + "the public gallery\" as the opposition calls for resignations, according to Nadia Qureshi, an editor "
                + "at a weekly paper.";
        assertEquals("Nadia Qureshi", with(text, "aimed at the public gallery").speakerName());
    }

    @Test
    void aSourceOfTheNextSentenceIsNotTheQuotes() {
        String text = "Prime Minister Rafiq Zardan spoke for an hour on Monday.\n\nMr. Zardan's tough talk is \"aimed at "
                + "the public gallery\" in the capital. According to Nadia Qureshi, the speech ran long.";
        assertNotEquals("Nadia Qureshi", with(text, "aimed at the public gallery").speakerName());
    }
}
