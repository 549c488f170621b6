package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61b: the German particle `zu` inside a name (`Karl-Heinrich zu Albrechtsberg`) is a name particle like
 * `von` ({@link Words#NAME_PARTICLES}), so the full name is indexed and the surname alone (`Albrechtsberg said`) and
 * a description (`the departing minister`) resolve to it; before, the name split at `zu` and the lone surname was
 * nobody named in full. Invented text.
 */
class ZuParticleRulesTest {

    private static final String TEXT = "Minister quits over thesis\n\n"
            + "Norland Transport Minister Karl-Heinrich zu Albrechtsberg resigned on Tuesday over claims about his"
            + " thesis.\n\n"
            + "Two weeks after the first claims, Albrechtsberg announced his resignation.\n\n"
            + "\"I can no longer give the office what it needs,\" the departing minister said.";

    @Test
    void theSurnameIsTheFullName() {
        assertEquals("Karl-Heinrich zu Albrechtsberg", with(TEXT, "his resignation").speakerName());
    }

    @Test
    void theDescriptionIsTheFullName() {
        assertEquals("Karl-Heinrich zu Albrechtsberg", with(TEXT, "I can no longer give").speakerName());
    }

    @Test
    void zuInsideQuotedWordsMakesNoName() {
        String text = "Choir returns\n\n"
                + "\"Willkommen zu Hause,\" Karin Wessel told the audience in Esterby on Sunday.";
        assertEquals("Karin Wessel", with(text, "Willkommen zu Hause").speakerName());
    }
}
