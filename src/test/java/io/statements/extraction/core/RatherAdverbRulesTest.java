package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: `rather` in `she would rather see ...` is an adverb, not the subject of a report, so the
 * next `she said` still finds the last speaker and not a person named inside her clause. Invented text.
 */
class RatherAdverbRulesTest {

    private static final String TEXT = "School vote\n\n"
            + "Ida Berg, who chairs the parents' council, backs the measure.\n\n"
            + "Berg takes a softer line than the union. She said she would rather see the money spent to elect Nora"
            + " Quill than on the campaign against the cap.\n\n"
            + "\"They are trying to block every new school,\" she said.";

    @Test
    void theSpeakerBeforeTheClauseIsThePronouns() {
        assertEquals("Ida Berg", with(TEXT, "block every new school").speakerName());
    }
}
