package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names35, rule described-possessor: `The Florida senator's answer was that "..."` is the words of the person
 * the description means, as `Colton's reply was that` is Colton's; it was the phrase `Florida senator's answer`.
 * Invented text.
 */
class DescribedPossessorRulesTest {

    private static final String TEXT = "Debate notes\n\n"
            + "Sen. Ray Colton of Florida was asked by moderator Jim Barr whether his tax plan would \"add another costly "
            + "program.\"\n\n"
            + "The Florida senator's answer was that \"the family comes first,\" so the state should help.";

    @Test
    void theDescriptionsAnswerIsThePersons() {
        assertEquals("Ray Colton", with(TEXT, "the family comes first").speakerName());
    }
}
