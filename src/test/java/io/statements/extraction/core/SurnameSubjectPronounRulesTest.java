package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session pron20: `he` after a sentence about a person named by surname only (`Carver dodged the question. "...," he
 * said`), or about a person whose name a dashed appositive or a party tag follows (`Governor Dan Whitfield – a Boston
 * fan – gave`, `Rep. Ann Holt (D-Ore.) also addressed`), is that person, not the speaker quoted a paragraph before; a sentence opened by an adverb or a quantifier (`Sometimes
 * he`, `None has`) names no one. Invented text.
 */
class SurnameSubjectPronounRulesTest {

    private static final String TEXT = "Candidates pick a winner\n\n"
            + "Five candidates were asked on Sunday which team would win the final.\n\n"
            + "Walsh freely conceded that his choice was about the coming primary in Ohio. \"With an eye to March, Ohio,\""
            + " he said.\n\n"
            + "Carver dodged the question and did not pick a side. \"It will be Boston or Ohio,\" he said.\n\n"
            + "Governor Dan Whitfield \u2013 a longtime Boston fan \u2013 gave a one word answer. \"Boston,\" he answered.\n\n"
            + "None has answered since. \"It will snow,\" he said.\n\n"
            + "Sometimes he jokes about it. \"I never bet,\" he said.\n\n"
            + "\"The port is ours,\" Mayor Ida Marsh said at the rally.\n\n"
            + "Rep. Ann Holt (D-Ore.) also addressed the crowd. \"We will win this fight,\" she said.";

    @Test
    void aSurnameOpeningTheSentenceBeforeIsThePronoun() {
        assertEquals("Carver", with(TEXT, "Boston or Ohio").speakerName());
    }

    @Test
    void aNameBeforeADashedAppositiveIsThePronoun() {
        assertEquals("Dan Whitfield", with(TEXT, "Boston,").speakerName());
    }

    @Test
    void aNameBeforeAPartyTagIsThePronoun() {
        assertEquals("Ann Holt", with(TEXT, "We will win this fight").speakerName());
    }

    @Test
    void aQuantifierOrAnAdverbOpeningTheSentenceIsNoOne() {
        assertEquals("Dan Whitfield", with(TEXT, "It will snow").speakerName());
        assertEquals("Dan Whitfield", with(TEXT, "I never bet").speakerName());
    }
}
