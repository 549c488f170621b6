package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule quoted-nickname: `Pedro "Tito" Alvarado` is one name, its nickname no quote; the `he said` after
 * it was the outlet named before (`the Daily Courier reported`). A description before a first name (`Marine John
 * "Doc" Halvorsen`) is no part of the name. Invented text.
 */
class QuotedNicknameRulesTest {

    private static final String TEXT = "Marchers remember the victims\n\n"
            + "In Portland, the march opened with a minute of quiet, the Daily Courier reported.\n\n"
            + "Pedro \"Tito\" Alvarado of Salem carried one of the banners. \"I cried the whole way,\" he said.\n\n"
            + "Later, former medic and Marine John \"Doc\" Halvorsen found the plan wanting. He noted what the review"
            + " found.\n";

    @Test
    void aNicknameDoesNotBreakTheName() {
        assertEquals("Pedro Alvarado", with(TEXT, "I cried").speakerName());
    }

    @Test
    void aServiceBeforeTheFirstNameIsNoPartOfIt() {
        assertEquals("John Halvorsen", with(TEXT, "what the review found").speakerName());
    }
}
