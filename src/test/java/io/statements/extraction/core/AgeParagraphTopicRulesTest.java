package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49a, rule age-paragraph-topic ({@link DefiniteDescriptions}): `said the 24-year-old` after a paragraph
 * about a person named in full is that person's, not the voice of an earlier paragraph; with no such paragraph the
 * last speaker keeps it.
 */
class AgeParagraphTopicRulesTest {

    private static final String RACE = "Devane fourth again as Orla Nyx takes hurdles title\n\n"
            + "Dr Ken Marek, the squad's chief physician, moved quickly to dismiss talk that the winner had "
            + "been doped.\n\n"
            + "\"He has been tested again and again,\" said Marek.\n\n"
            + "Lukas Devane, who again finished just off the podium, paid warm tribute to his "
            + "team-mate.\n\n"
            + "\"He is the finest hurdler of his generation,\" said the 24-year-old.\n\n"
            + "\"He could have gone faster still.\"";

    @Test
    void theAgeIsThePersonTheParagraphBeforeIsAbout() {
        assertEquals("Lukas Devane", with(RACE, "finest hurdler").speakerName());
        assertEquals("Lukas Devane", with(RACE, "gone faster still").speakerName());
    }

    @Test
    void theLastSpeakerKeepsTheAgeWithNoNewPerson() {
        String text = "Ken Marek, 61, said the heat had slowed everyone down.\n\n"
                + "\"He has been tested again and again,\" said Marek.\n\n"
                + "\"I have seen hotter days, but not many,\" said the 61-year-old.";
        assertEquals("Ken Marek", with(text, "hotter days").speakerName());
    }
}
