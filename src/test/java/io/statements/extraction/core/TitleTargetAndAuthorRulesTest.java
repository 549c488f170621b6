package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session extraction15: a stance toward `the president` targets the person the article gave that title to (and none
 * when it gave it to nobody); a document's author after a comma (`The report, published by X on Monday,`) without
 * the time phrase. Invented text.
 */
class TitleTargetAndAuthorRulesTest {

    private static final String TEXT = "Tariffs\n\n"
            + "President Mark Delaney said on Friday that the talks had been \"productive.\"\n\n"
            + "Senator Ruth Ames accused the president of \"playing games with farmers.\"\n\n"
            + "The report, published by the Trade Council on Monday, said tariffs had cost exporters $2 billion.";

    private static final String NOBODY_NAMED = "Tariffs\n\n"
            + "Senator Ruth Ames accused the president of \"playing games with farmers.\"";

    @Test
    void aTitleAsTargetIsItsHolder() {
        ExtractedStatement st = with(TEXT, "playing games with farmers");
        assertEquals(Stance.OPPOSE, st.stance());
        assertEquals("Mark Delaney", st.stanceTarget());
    }

    @Test
    void aTitleNobodyHoldsIsNoTarget() {
        ExtractedStatement st = with(NOBODY_NAMED, "playing games with farmers");
        assertNull(st.stance());
        assertNull(st.stanceTarget());
    }

    @Test
    void theAuthorAfterACommaWithoutTheDay() {
        ExtractedStatement st = with(TEXT, "tariffs had cost exporters");
        assertEquals("Trade Council", st.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, st.speakerKind());
    }
}
