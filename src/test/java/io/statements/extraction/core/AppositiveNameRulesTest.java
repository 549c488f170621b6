package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session extraction5: a person's name closing a descriptive mention is the speaker's name. Invented text. */
class AppositiveNameRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "The leader of the dockers' union, Sara Lind, said the strike was \"the only way left.\"\n\n"
            + "Another delegate on the port board, Jim Poole, said he was \"leaning toward the plan.\"\n\n"
            + "\"We will not give in,\" he added.";

    @Test
    void theNameAfterTheDescriptionIsTheSpeaker() {
        assertEquals("Sara Lind", with(TEXT, "the only way left").speakerName());
        ExtractedStatement s = with(TEXT, "leaning toward the plan");
        assertEquals("Jim Poole", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void aPronounAfterwardsFindsThatPerson() {
        assertEquals("Jim Poole", with(TEXT, "We will not give in").speakerName());
    }
}
