package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction12: a sentence subject whose title holds modifiers or `of` before the name (`Former US
 * secretary of state Ann Lee`, `Republican presidential candidate Tom Reyes`) was cut after its first capitalised
 * words ("Former US", "Republican"). Invented text.
 */
class LongTitleSubjectRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Former Labour harbour commissioner Ida Berg broke down what was wrong with the plan to the newspaper "
            + "Aftenbladet: \"What the council did was so careless.\"\n\n"
            + "Former US secretary of state Ann Lee fanned controversy over her remark that \"there is a special "
            + "place for ferries.\"\n\n"
            + "Large majorities of Republican voters backed the plan, calling it \"the only way forward.\"";

    @Test
    void modifiersInsideATitleKeepTheName() {
        assertEquals("Ida Berg", with(TEXT, "What the council did").speakerName());
        assertEquals("Former Labour harbour commissioner Ida Berg",
                with(TEXT, "What the council did").speakerMention().text());
    }

    @Test
    void ofInsideATitleKeepsTheName() {
        assertEquals("Ann Lee", with(TEXT, "special place for ferries").speakerName());
    }

    @Test
    void aGroupIsNoTitle() {
        assertEquals(false, with(TEXT, "the only way forward").speakerMention().text().endsWith("Republican"));
    }
}
