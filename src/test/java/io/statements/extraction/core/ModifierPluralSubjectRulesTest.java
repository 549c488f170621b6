package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule modifier-plural-subject, and the participle `asserting`: `Opposition senators marked ...,
 * asserting that it was "..."`: the subject is the senators, not a person `Opposition`. Invented text.
 */
class ModifierPluralSubjectRulesTest {

    @Test
    void theModifierAndThePluralAreTheSubject() {
        String text = "Burial condemned\n\nOpposition senators marked the anniversary of the burial on Saturday,"
                + " saying that the burial was \"against the law.\"";
        assertEquals("Opposition senators", with(text, "against the law").speakerName());
    }

    @Test
    void assertingHangsAShortQuoteOnTheSubject() {
        String text = "Burial condemned\n\nSenator Rosalind Achebe on Saturday marked the anniversary with a protest,"
                + " asserting that the burial was \"against the law.\"";
        assertEquals("Rosalind Achebe", with(text, "against the law").speakerName());
    }
}
