package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n68c, rule repeated-title-surname ({@link TitledSurnames}, in {@link PersonTitles}): a person called
 * `Judge Berrow` twice and never by a full name holds the title, so `the judge` is Berrow; one `Judge Berrow` alone
 * gives nobody the title. Invented text.
 */
class TitledSurnamesRulesTest {

    private static final String TWICE = "Sentence handed down\n"
            + "\n"
            + "The court was full when the hearing resumed on Monday. Judge Berrow took a short recess before the sentence. When he came back, Judge Berrow said the case had been hard.\n"
            + "\n"
            + "\"Everything you have said and everything I have said,\" the judge said, \"points the same way.\"";

    private static final String ONCE = "Sentence handed down\n"
            + "\n"
            + "The court was full when the hearing resumed on Monday. Judge Berrow took a short recess before the sentence. When he came back, the lawyers stood.\n"
            + "\n"
            + "\"Everything you have said and everything I have said,\" the judge said, \"points the same way.\"";

    @Test
    void titleAndSurnameUsedTwiceGiveTheTitle() {
        assertEquals("Berrow", with(TWICE, "points the same way").speakerName());
    }

    @Test
    void titleAndSurnameUsedOnceGiveNothing() {
        assertEquals("judge", with(ONCE, "points the same way").speakerName());
    }
}
