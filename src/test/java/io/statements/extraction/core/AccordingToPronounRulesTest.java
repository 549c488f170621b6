package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names36, rule according-to-pronoun: `According to him, "..."` is his, as `he said` would be. */
class AccordingToPronounRulesTest {

    @Test
    void theObjectPronounAfterAccordingToIsTheSpeaker() {
        String text = "The ministry spokesman Karim Dalton criticised the new tariffs on Tuesday.\n\n"
                + "The spokesman said that \"these tariffs will hurt farmers most of all.\" According to him, "
                + "\"the government has no choice but to respond.\"";
        assertEquals("Karim Dalton", with(text, "no choice but").speakerName());
    }

    @Test
    void herAfterAccordingToIsTheWomanNamed() {
        String text = "Judge Maria Alvarez adjourned the hearing until March.\n\n"
                + "According to her, \"the court needs the full records before it can rule.\"";
        assertEquals("Maria Alvarez", with(text, "full records").speakerName());
    }
}
