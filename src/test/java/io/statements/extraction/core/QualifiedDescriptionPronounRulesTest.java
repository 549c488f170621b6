package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n52c, rule he-qualified-description ({@link PronounSalience}): `a Nordvik Bank spokeswoman confirmed Mr
 * Halvorsen's detention ... "...," she added` is the spokeswoman's: capitalised words of a body before a lower-case
 * person head still describe one unnamed person, and a man named since cannot be `she`; a woman named as the subject
 * of a sentence in between takes it, and a description of the other gender leaves the pronoun to the one named.
 */
class QualifiedDescriptionPronounRulesTest {

    private static final String HEAD = "Ferry chief held\n\nMr Tormod Halvik is due in court in Brena on Monday.\n\n"
            + "He had been due to meet Trade Minister Greta Solberg, but the meeting was called off.\n\n";

    @Test
    void sheAddedAfterAQualifiedSpokeswomanIsHers() {
        String text = HEAD + "In a short statement on Sunday, a Westfjord Line spokeswoman confirmed Mr Halvik's "
                + "arrest and said the company would not comment.\n\n\"Every sailing runs as planned,\" she added.";
        assertEquals("Westfjord Line spokeswoman", with(text, "Every sailing runs").speakerName());
    }

    @Test
    void aWomanNamedAsSubjectInBetweenTakesThePronoun() {
        String text = HEAD + "A Westfjord Line spokeswoman said the ferries would sail.\n\n"
                + "Trade Minister Greta Solberg visited the port on Monday. \"We will not let the line fail,\" she said.";
        assertEquals("Greta Solberg", with(text, "We will not let the line").speakerName());
    }

    @Test
    void aSpokesmanIsNoShe() {
        String text = "Night at the ward\n\nNurse Ada Brill described the night the river rose.\n\n"
                + "A Brena Hospital spokesman said the ward was closed. \"I had never seen water so fast,\" she added.";
        assertEquals("Ada Brill", with(text, "I had never seen water").speakerName());
    }
}
