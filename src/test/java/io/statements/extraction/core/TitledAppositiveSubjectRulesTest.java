package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule titled-appositive-subject: `the Dutch ambassador to the United Nations, Kees Vos, uttered a stage
 * whisper. "...," he said` is Vos's, not the minister quoted just before (neither first name in
 * the gender lists). Invented text.
 */
class TitledAppositiveSubjectRulesTest {

    private static final String TEXT = "Climate deal\n\n"
            + "The Dutch minister of energy, Sjoukje de Jong, spoke to reporters on Monday, saying the agreement might be"
            + " \"signed by then.\"\n\n"
            + "At that moment, the Dutch ambassador to the United Nations, Kees Vos, uttered a stage whisper. \"One"
            + " hopes,\" he said.\n";

    @Test
    void theTitledSubjectIsTheNameBetweenCommas() {
        assertEquals("Kees Vos", with(TEXT, "One hopes").speakerName());
    }
}
