package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names31, rule word-surname: a surname that is also a verb of saying (`Read`, `Said`) right before a verb of
 * saying is the speaker, not a cue (`"...," Read said` had no speaker: `Read` was read as `the letter read`).
 * Invented text.
 */
class WordSurnameRulesTest {

    private static final String TEXT = "Farm vote\n\n"
            + "\"The plan costs the valley too much,\" said Ida Read, a farmer near Eastbrook.\n\n"
            + "\"It is a risk for every one of us on the river,\" Read said.\n\n"
            + "Omar Said wrote the county's letter. Said told reporters the letter was finished.";

    @Test
    void theSurnameBeforeSaidSpeaks() {
        assertEquals("Ida Read", with(TEXT, "a risk for every one").speakerName());
    }

    @Test
    void theSurnameBeforeToldSpeaks() {
        assertEquals("Omar Said", with(TEXT, "the letter was finished").speakerName());
    }
}
