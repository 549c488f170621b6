package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule characterisation-pronoun-in-sentence: `he`/`she` before `calls` is the one person the
 * sentence names earlier, not the speaker of the paragraph before (whom the pronoun resolver picks) nor the plural
 * subject. Invented text.
 */
class CharacterisationPronounInSentenceRulesTest {

    @Test
    void theOnePersonNamedInTheSentence() {
        String text = "Convoy stays in the capital\n\n"
                + "Transport Minister Orrin Vasquez-Hale says the convoy has to leave the capital this week.\n\n"
                + "Truckers and some councillors are urging Premier Tobias Lindqvist to meet the convoy leaders, but"
                + " he has refused to meet what he calls a \"noisy handful\" of agitators.";
        assertEquals("Tobias Lindqvist", with(text, "noisy handful").speakerName());
    }
}
