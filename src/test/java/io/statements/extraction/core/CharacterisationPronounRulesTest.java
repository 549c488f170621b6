package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names41, rule characterisation-pronoun ({@link LeadingCueSieve}): `what she calls "..."` is the pronoun's
 * person when the sentence's subject names a group, not the group. Invented text.
 */
class CharacterisationPronounRulesTest {

    @Test
    void aPronounBeforeCallsIsNotTheGroupThatOpensTheSentence() {
        String text = "Farmers and some councillors are urging Governor Marta Ilves to meet the union leaders, but "
                + "she has been firm that she will not negotiate with what she calls a \"noisy handful\" of activists.";
        assertEquals("Marta Ilves", with(text, "noisy handful").speakerName());
    }

    @Test
    void aPersonSubjectKeepsTheCharacterisation() {
        String text = "Senator Paul Ostrander on Monday condemned what he called a \"reckless gamble\" with pensions.";
        assertEquals("Paul Ostrander", with(text, "reckless gamble").speakerName());
    }

    @Test
    void aPossessedSuggestionIsTheOwnersCharacterisation() {
        String text = "Director Lena Brandvold spoke for an hour. Perhaps Ms. Brandvold's sharpest remark was that the "
                + "agency had been working in what she called \"hostile territory\" for years.";
        assertEquals("Lena Brandvold", with(text, "hostile territory").speakerName());
    }
}
