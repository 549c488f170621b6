package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session extraction9: a contracted pronoun as a speaker (`he'd asked`, `she's said`) resolves as the pronoun; it is
 * never a speaker named `he'd` (`Words.contractedPronoun`). Invented text.
 */
class ContractedPronounRulesTest {

    @Test
    void aContractedPronounResolvesToItsAntecedent() {
        String text = "Ferry news\n\nTom Lund at the time said he\u2019d asked his \"people\" to check the fees.";
        ExtractedStatement s = with(text, "people");
        assertEquals("he\u2019d", s.speakerMention().text());
        assertEquals("Tom Lund", s.speakerName());
    }

    @Test
    void onlyPronounsAreContractions() {
        assertEquals("he", Words.contractedPronoun("he'd"));
        assertEquals("she", Words.contractedPronoun("she\u2019s"));
        assertEquals("they", Words.contractedPronoun("they'll"));
        assertNull(Words.contractedPronoun("lund's"));
        assertNull(Words.contractedPronoun("he"));
    }
}
