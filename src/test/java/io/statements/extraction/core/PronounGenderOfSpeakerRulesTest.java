package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names32, rule pronoun-gender-of-speaker: a speaker no name list genders, last quoted as `he`, is not the
 * next `she` when a woman was named in the paragraphs just before.
 */
class PronounGenderOfSpeakerRulesTest {

    @Test
    void aSheAfterAHeQuoteGoesBackToTheWoman() {
        String text = """
                Port budget row

                Harbour Minister Ingrid Vallo and Fisheries Minister Tavo Rennick argued on Monday over the budget.

                Vallo said the cuts were "overdue."

                Rennick was unmoved. "It will sink the fleet," he told reporters.

                She later hit back. "My colleague should count the boats," she said.
                """;
        assertEquals("Ingrid Vallo", with(text, "My colleague should count the boats,").speakerName());
    }
}
