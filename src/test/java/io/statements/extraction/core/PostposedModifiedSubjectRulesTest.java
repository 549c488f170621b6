package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Session names37, rule postposed-modified-subject ({@link PostposedCueSieve}): a quote in a clause closed by `, a
 * manager involved in drafting it told the Gazette`: the subject with its own modifier is the speaker, in double
 * marks as in single ones. Invented text.
 */
class PostposedModifiedSubjectRulesTest {

    @Test
    void theSubjectWithItsModifierIsTheSpeaker() {
        String text = "Ferry deal near\n\n"
                + "The port board's \"last offer\" to the ferry firm may be signed this week, a manager involved in "
                + "drafting it told the Harbour Gazette.";
        assertEquals("manager", with(text, "last offer").speakerName());
    }

    @Test
    void inSingleMarksToo() {
        String text = "Ferry deal near\n\n"
                + "The port board's 'last offer' to the ferry firm may be signed this week, a manager close to the "
                + "board told reporters.\n\n"
                + "'Nobody wants the boats tied up all winter,' the manager said.";
        assertEquals("manager", with(text, "last offer").speakerName());
    }

    @Test
    void notAfterAWordThatIsAlsoANoun() {
        String text = "Senator rallies base\n\n"
                + "In a speech that spoke to the \"quiet crisis, the long waits and the empty wards\" of rural clinics, "
                + "Senator Ruth Ames sounded all her usual notes, praising nurses and blaming insurers.";
        for (ExtractedStatement s : Extracted.all(text)) {
            assertFalse(s.speakerName() != null && s.speakerName().contains("sounded"), s.toString());
        }
    }
}
