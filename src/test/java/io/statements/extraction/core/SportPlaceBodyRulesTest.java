package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n67d, rule sport-place-body ({@link PlaceNamedBodies#sportBody}): `Netball Ghana` is a body, so `The
 * organization` after it is that body; `Hockey Lane` (no place) stays a person. Invented text.
 */
class SportPlaceBodyRulesTest {

    private static final String BODY = "Chief executive leaves after scandal\n"
            + "\n"
            + "Netball Ghana ousted its chief executive on Tuesday after months of criticism over its handling of complaints.\n"
            + "\n"
            + "Netball Ghana said in a statement that an interim committee would run the body. The organization also said the board had recognised \"the need for a fresh start\".";

    private static final String PERSON = "Runner wins again\n"
            + "\n"
            + "Hockey Lane won the race on Tuesday for the third year.\n"
            + "\n"
            + "Lane said in a statement that she would defend her title next year. \"I love this course,\" she said.";

    @Test
    void sportAndCountryNameABody() {
        assertEquals("Netball Ghana", with(BODY, "the need for a fresh start").speakerName());
    }

    @Test
    void sportWordBeforeASurnameIsAPerson() {
        assertEquals("Hockey Lane", with(PERSON, "I love this course").speakerName());
    }
}
