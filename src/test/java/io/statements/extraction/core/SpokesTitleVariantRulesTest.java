package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n59d, rule spokes-title-variant ({@link PersonTitles}): copy varies the word within one story (`Ida Marrow,
 * a spokeswoman for Kelby Council` ... `the spokesperson said`; `a spokesman for the Nordvik Laboratory` ... `the NDX
 * Spokesperson`); a title-only mention in one word is the holder of another when no one holds its own. Near-misses:
 * an unnamed `a spokesperson for the union` stays unnamed; a word someone holds itself is theirs. Invented text.
 */
class SpokesTitleVariantRulesTest {

    private static final String TEXT = "Council defends bin collection changes\n\n"
            + "Ida Marrow, a spokeswoman for Kelby Council, said the new rota would save money.\n\n"
            + "\"Nobody will wait longer than a fortnight,\" the spokesperson said.";

    private static final String OWN = "Union and council trade blows\n\n"
            + "Ida Marrow, a spokeswoman for Kelby Council, said the new rota would save money.\n\n"
            + "Tom Varga, a spokesperson for the drivers, said the rota was unsafe.\n\n"
            + "\"Nobody asked the drivers,\" the spokesperson said.";

    private static final String UNNAMED = "Carmaker warns of job cuts\n\n"
            + "A spokesperson for the union said members would ballot on strike action.\n\n"
            + "\"We will fight every cut,\" the spokesperson said.";

    @Test
    void theSpokespersonIsTheSpokeswoman() {
        ExtractedStatement s = with(TEXT, "longer than a fortnight");
        assertEquals("Ida Marrow", s.speakerName());
    }

    @Test
    void aHolderOfTheWordItselfComesFirst() {
        assertEquals("Tom Varga", with(OWN, "Nobody asked the drivers").speakerName());
    }

    @Test
    void anUnnamedSpokespersonStaysUnnamed() {
        assertNotEquals("Ida Marrow", with(UNNAMED, "We will fight every cut").speakerName());
    }
}
