package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Session names37, rule postposed-modified-subject ({@link PostposedCueSieve}): a quote in a clause closed by `, a
 * senior official involved in the talks told reporters`: the subject with its own modifier is the speaker, in double
 * marks as in single ones. Invented text.
 */
class PostposedModifiedSubjectRulesTest {

    @Test
    void theSubjectWithItsModifierIsTheSpeaker() {
        String text = "Harbour lease close\n\n"
                + "A \"final agreement\" on the lease could come later in the day, a senior official involved in the "
                + "negotiations told the Harbour Gazette on Monday.";
        assertEquals("senior official", with(text, "final agreement").speakerName());
    }

    @Test
    void inSingleMarksToo() {
        String text = "Harbour lease close\n\n"
                + "A 'final agreement' on the lease could come later in the day, a senior official close to the "
                + "talks told reporters on Monday.\n\n"
                + "'We are not there yet, but we are close,' the official said.";
        assertEquals("senior official", with(text, "final agreement").speakerName());
    }

    @Test
    void notAfterAWordThatIsAlsoANoun() {
        String text = "Senator rallies base\n\n"
                + "In a speech about the \"quiet crisis\" in rural hospitals, Senator Ruth Ames struck many of the same "
                + "notes, hitting the themes of her first campaign.";
        for (ExtractedStatement s : Extracted.all(text)) {
            assertFalse(s.speakerName() != null && s.speakerName().contains("struck"), s.toString());
        }
    }
}
