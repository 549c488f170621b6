package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule headless-text (session lead49): a text that opens with a body paragraph has no headline, so the person its
 * first sentence names in full is known by the first name the later paragraphs use (East Asian names put the family
 * name first: `Seo Minji` ... `Seo said`). A short first paragraph stays the headline. Invented text.
 */
class HeadlessTextRulesTest {

    @Test
    void aBodyParagraphFirstNamesThePersonForLaterParagraphs() {
        String text = "Seo Minji, the first poet from the island of Tarsa to win the Harlow Prize, said on Friday "
                + "evening that she was still trying to take in the news from the committee in the capital.\n\n"
                + "\"I am very grateful to everyone who read my books,\" Seo said.\n\n"
                + "Her father, Seo Dongwan, who is also a poet, told reporters she would not hold a press conference.";
        assertEquals("Seo Minji", with(text, "I am very grateful").speakerName());
    }

    @Test
    void aShortFirstParagraphStaysTheHeadline() {
        String text = "Seo Minji wins the Harlow Prize\n\n"
                + "The poet Seo Minji won the Harlow Prize on Friday.\n\n"
                + "\"I am very grateful to everyone who read my books,\" Seo said.";
        assertEquals("Seo Minji", with(text, "I am very grateful").speakerName());
    }
}
