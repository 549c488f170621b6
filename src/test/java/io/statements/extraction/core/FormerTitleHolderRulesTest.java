package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63d, rule former-title-former-holder ({@link PersonTitles#holder}): `the former minister` is the person the
 * text called `former finance minister X`, not a serving minister named after X; a bare `the minister` still goes to
 * the serving one. Invented text.
 */
class FormerTitleHolderRulesTest {

    private static final String TEXT = "Budget row\n\n"
            + "Former finance minister Oskar Brandt attacked the budget on Friday. Transport Minister Ada Lenz defended"
            + " it in parliament.\n\n"
            + "\"This budget borrows from our children,\" the former minister said.\n\n"
            + "\"The roads will be built on time,\" the minister said.";

    @Test
    void theFormerMinisterIsTheOneCalledFormer() {
        assertEquals("Oskar Brandt", with(TEXT, "This budget borrows").speakerName());
    }

    @Test
    void theMinisterIsStillTheServingOne() {
        assertEquals("Ada Lenz", with(TEXT, "The roads will be built").speakerName());
    }
}
