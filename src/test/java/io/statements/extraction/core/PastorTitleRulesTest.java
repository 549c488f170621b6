package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names23, rule pastor-title: `Pastor` is a title like `Bishop`: a headline opened by the bare title is the
 * one the article calls `Pastor X` (it was the word `Pastor` as a speaker). Invented text.
 */
class PastorTitleRulesTest {

    private static final String TEXT = "Pastor Says Lottery Winners Must Give Everything Away\n\n"
            + "Pastor Amos Whitcombe of the Riverside Chapel has now turned his attention to the state lottery, a local"
            + " paper reported.\n\n"
            + "\"Every ticket is a small idol,\" he said on his weekly podcast.";

    @Test
    void theHeadlinesTitleIsItsHolder() {
        assertEquals("Amos Whitcombe", with(TEXT, "Lottery Winners").speakerName());
    }

    @Test
    void thePronounAfterKeepsTheName() {
        assertEquals("Amos Whitcombe", with(TEXT, "small idol").speakerName());
    }
}
