package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names29, rule interview-answerer: an interview's `A:` paragraphs are the words of the person its headline
 * and its intro both name; `Q:` stays unresolved, and so does `A:` when the headline names nobody the intro names
 * again. Invented text.
 */
class InterviewAnswererRulesTest {

    private static final String TEXT = "Ferry fight comes home for harbour master Ida Berg.\n\n"
            + "Harbour master Ida Berg has run the port for ten years. Her brother Tom Berg said she never "
            + "takes a day off. She talked to us about the ferry. Her replies were trimmed for space.\n\n"
            + "Q: You have been talking about the fares all week. Why now?\n\n"
            + "A: Because the council voted on Monday. Everybody knew it was coming.\n\n"
            + "Q: Will you appeal?\n\n"
            + "A: We will appeal the vote, and we expect to win it.";

    private static final String NOBODY_IN_HEADLINE = "Harbour news\n\n"
            + "Harbour master Ida Berg spoke to us about the ferry.\n\n"
            + "Q: You have been talking about the fares all week. Why now?\n\n"
            + "A: Because the council voted on Monday. Everybody knew it was coming.";

    private static final String HEADLINE_PERSON_NOT_IN_INTRO = "What the mayor means for Tom Reyes.\n\n"
            + "Harbour master Ida Berg spoke to us about the ferry and the council.\n\n"
            + "Q: You have been talking about the fares all week. Why now?\n\n"
            + "A: Because the council voted on Monday. Everybody knew it was coming.";

    @Test
    void theAnswersAreThePersonTheHeadlineAndTheIntroName() {
        ExtractedStatement a = with(TEXT, "the council voted on Monday");
        assertEquals("A", a.speakerMention().text());
        assertEquals("Ida Berg", a.speakerName());
        assertEquals("Ida Berg", with(TEXT, "We will appeal the vote").speakerName());
    }

    @Test
    void theQuestionsStayUnresolved() {
        assertNull(with(TEXT, "talking about the fares").speakerName());
    }

    @Test
    void withoutAPersonTheHeadlineAndIntroShareTheAnswersStayUnresolved() {
        assertNull(with(NOBODY_IN_HEADLINE, "the council voted on Monday").speakerName());
        assertNull(with(HEADLINE_PERSON_NOT_IN_INTRO, "the council voted on Monday").speakerName());
    }
}
