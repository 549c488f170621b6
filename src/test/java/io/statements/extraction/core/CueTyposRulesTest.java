package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51f, rules doubled-cue-verb and stray-subject-comma: `X, a lawyer, said said: "..."` and `Club leader X,
 * told reporters: "..."` are X's; an inverted `"...," said X` and a participle aside after the name keep their
 * readings.
 */
class CueTyposRulesTest {

    @Test
    void aVerbWrittenTwiceKeepsItsSubject() {
        String text = "Verdict\n\nHanne Lyster, a lawyer for many of the families, said said: \"The court was brave.\"";
        assertEquals("Hanne Lyster", with(text, "The court was brave.").speakerName());
    }

    @Test
    void aStrayCommaBeforeTheVerbKeepsTheName() {
        String text = "Verdict\n\nYouth club leader Oskar Brennvik, told reporters: \"Today we can start to heal.\"";
        assertEquals("Oskar Brennvik", with(text, "Today we can start to heal.").speakerName());
    }

    @Test
    void anInvertedVerbAndAnAsideKeepTheirSpeakers() {
        String text = """
                Verdict

                The ferry will run all winter, said harbour chief Mara Quell.

                Tomas Brehm, told of the verdict by his lawyer, said: "I am relieved."
                """;
        assertEquals("Mara Quell", with(text, "The ferry will run all winter").speakerName());
        assertEquals("Tomas Brehm", with(text, "I am relieved.").speakerName());
    }
}
