package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a `he`/`she` inside a sentence whose subject is a person named in full, of the pronoun's known
 * gender, named after the last speaker, is that person (`Board chairman Michael Lamb defended the plan ... even though
 * he found "serious gaps"`), not the last speaker; `X isn't a reformer, he said` is not X's. Invented text.
 */
class OwnSentenceSubjectPronounRulesTest {

    private static final String TEXT = "Harbour board keeps toll plan\n\n"
            + "Port Commissioner Nora Quill criticised the harbour board on Monday for raising the tolls.\n\n"
            + "\"The board has lost its way,\" Quill said.\n\n"
            + "Board chairman Michael Lamb defended the plan at a meeting Monday even though he found \"serious gaps\""
            + " in the budget.\n\n"
            + "Peter Dunn, a trader, said he will not pay. Also, Lamb isn't a reformer, he said. \"He never was.\"";

    @Test
    void aPronounInsideItsSentenceIsItsSubject() {
        assertEquals("Michael Lamb", with(TEXT, "serious gaps").speakerName());
    }

    @Test
    void aPronounAfterACommaIsNotTheClausesSubject() {
        assertEquals("Peter Dunn", with(TEXT, "He never was").speakerName());
    }
}
