package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: after a quote, a weak cue inside the relative clause of the speaker's name (`"...," Ida Berg,
 * who has not endorsed either side, told reporters`) is not the quote's cue; the verb of saying after the clause is (the
 * speaker was `who`, the cue `endorsed`). Invented text.
 */
class TrailingRelativeClauseRulesTest {

    @Test
    void theVerbAfterTheRelativeClauseAttributesTheQuote() {
        ExtractedStatement s = with("Port news.\n\n\"I do not believe in the levy,\" Ida Berg, who has not endorsed "
                + "either side, told reporters in Eastbrook.", "believe in the levy");
        assertEquals("told", s.cue().text(), s.toString());
        assertEquals("Ida Berg", s.speakerName(), s.toString());
    }

    @Test
    void aRelativeClauseWithoutACueStillWorks() {
        ExtractedStatement s = with("Port news.\n\n\"The crews are tired,\" Tom Reyes, who works at the pier, said on "
                + "Monday.", "crews are tired");
        assertEquals("said", s.cue().text(), s.toString());
        assertEquals("Tom Reyes", s.speakerName(), s.toString());
    }
}
