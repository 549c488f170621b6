package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule letter-author-reach: `The letter continues: "..."` five sentences after `Harlan and Port
 * Committee Chairman Tom Reyes (R-Ore.) sent a letter to the director` is the letter's author's (the issuing sentence
 * may stand six sentences back, was four: a letter quoted at length). Invented text.
 */
class LetterAuthorReachRulesTest {

    private static final String TEXT = "Lawmakers press the director\n\n"
            + "Also Monday, Harlan and Port Committee Chairman Tom Reyes (R-Ore.) sent a letter to the director, seeking"
            + " more answers about his decision.\n\n"
            + "While the director said there was no case, he said there is no precedent for a charge. The two"
            + " lawmakers, however, argue that \"there is precedent for a charge,\" citing a case in which a sailor was"
            + " found guilty of \"gross neglect.\"\n\n"
            + "\"You seem to have picked a new standard out of thin air,\" the two write. \"We do not understand the"
            + " need.\"\n\n"
            + "The letter continues: \"Please explain your understanding of the difference.\"\n";

    @Test
    void theLetterIsItsAuthorsFromSixSentencesBack() {
        assertEquals("Tom Reyes", with(TEXT, "Please explain").speakerName());
    }
}
