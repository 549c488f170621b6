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
            + "While the director said there was no case, he said no charge of that kind had ever been brought. The two"
            + " members, for their part, contend that \"such a charge has been brought before,\" citing a case in which a deckhand was"
            + " found guilty of \"gross neglect.\"\n\n"
            + "\"You appear to have invented a fresh rule overnight,\" the two write. \"We cannot see the"
            + " reason for it.\"\n\n"
            + "The letter continues: \"Kindly set out how you read the difference.\"\n";

    @Test
    void theLetterIsItsAuthorsFromSixSentencesBack() {
        assertEquals("Tom Reyes", with(TEXT, "Kindly set out").speakerName());
    }
}
