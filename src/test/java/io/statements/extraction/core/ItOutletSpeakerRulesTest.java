package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n50a, rule it-outlet-speaker ({@link PronounSalience#outletSpeaker}): `"...," the daily newspaper X wrote.
 * "...," it said` is X, an outlet named by its kind, not the organisation named before; `it` after a person keeps
 * its old reading.
 */
class ItOutletSpeakerRulesTest {

    @Test
    void itAfterADailyNewspaperIsThePaper() {
        String text = "Korvalan writer wins the Halden Prize\n\n"
                + "The Halden Academy on Thursday awarded its prize to the novelist Seo Min-ha. \"Her prose is "
                + "fearless,\" the Academy said.\n\n"
                + "Her win dominated headlines at home. \"She has shown our books to the world,\" the daily newspaper "
                + "Kora Shinmun wrote. \"Could this open a new chapter?\" it said.";
        assertEquals("Kora Shinmun", with(text, "open a new chapter").speakerName());
    }

    @Test
    void itAfterAWeeklyIsTheWeeklyNotTheUnion() {
        String text = "Port strike ends\n\n"
                + "The Tarvel Dockers' Union called off its strike on Monday.\n\n"
                + "\"The ships are moving again,\" the weekly Moru Shimpo reported. \"Queues at the gates have "
                + "cleared,\" it said.";
        assertEquals("Moru Shimpo", with(text, "Queues at the gates").speakerName());
    }

    @Test
    void itAfterAnEditorNamedInFullIsNotTheEditor() {
        String text = "Paper changes hands\n\n"
                + "The Norvel Gazette was sold to Harrow Media on Friday.\n\n"
                + "\"We will keep every reporter,\" editor Maria Lund said. \"Nothing changes for readers,\" it said.";
        assertEquals(false, "Maria Lund".equals(with(text, "Nothing changes").speakerName()));
    }
}
