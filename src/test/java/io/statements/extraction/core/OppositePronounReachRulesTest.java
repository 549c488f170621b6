package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule pronoun-gender-of-speaker reaching three paragraphs up: two ministers quoted in turn, the man
 * (a first name no list knows) last as `he`, then `she added` is the woman quoted three paragraphs up. Invented
 * text.
 */
class OppositePronounReachRulesTest {

    @Test
    void sheAddedAfterTwoParagraphsOfHim() {
        String text = "Ministers spar over ports\n\n"
                + "COLOMBO - Two cabinet ministers argued in public on Friday over the future of the eastern port.\n\n"
                + "\u201cThe port has lost money for a decade,\u201d Ms Wickrama told reporters.\n\n"
                + "Jayantha Perera, speaking later, said the losses had been \u201cgreatly exaggerated.\u201d\n\n"
                + "\u201cThe accounts are public,\u201d he added.\n\n"
                + "\u201cThen he should read them,\u201d she added.";
        assertEquals("Wickrama", with(text, "Then he should read them").speakerName());
    }
}
