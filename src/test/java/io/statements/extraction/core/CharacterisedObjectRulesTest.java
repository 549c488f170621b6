package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49d, rule characterised-object (`TrailingCueSieve`): `X referred to Y as "...,"`, `X described Y as
 * "...,"`, `X called Y "...,"` followed by `a view from a critic who once said ...`: the quote is what X calls Y, so X is
 * its speaker; the verb of a relative clause after the quote's comma is no attribution of it. A plain cue after the
 * quote (`"...," Y's aide said`) and a quote nobody characterises before it stay as they were. Invented text.
 */
class CharacterisedObjectRulesTest {

    private static final String REFERRED = "Accord signed\n\n"
            + "Opposition leader Tamsin Karoly referred to her old rival as \"my colleague, President Aurel Venn,\" a"
            + " striking change from a politician who had called the election a fraud.";

    private static final String DESCRIBED = "Accord signed\n\n"
            + "Pell Harrow described the governor as \"a builder of bridges, not walls,\" a rare compliment from a man"
            + " who rarely praised anyone in office.";

    private static final String CALLED = "Accord signed\n\n"
            + "Pell Harrow called the new port \"the best thing this town has done in a century,\" a view from a man"
            + " who once said the port would never be built.";

    private static final String OTHERS = "Accord signed\n\n"
            + "Tamsin Karoly called her old rival \"a man of his word,\" Venn's chief aide said on Monday.\n\n"
            + "\"We have waited long enough,\" said a woman who had queued since dawn.";

    @Test
    void referredToAsIsTheSubjects() {
        assertEquals("Tamsin Karoly", with(REFERRED, "my colleague").speakerName());
    }

    @Test
    void describedAsIsTheSubjects() {
        assertEquals("Pell Harrow", with(DESCRIBED, "a builder of bridges").speakerName());
    }

    @Test
    void calledIsTheSubjects() {
        assertEquals("Pell Harrow", with(CALLED, "the best thing this town").speakerName());
    }

    @Test
    void aPlainCueAfterTheQuoteStillWins() {
        assertEquals("Venn's chief aide", with(OTHERS, "a man of his word").speakerName());
    }

    @Test
    void aQuoteNobodyCharacterisesIsUntouched() {
        assertEquals("woman", with(OTHERS, "We have waited").speakerName());
    }
}
