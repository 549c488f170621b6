package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rules plural-title-names and shared-title-last-named: `hosts Tom Reyes and Ida Berg` gives `host`
 * to both, and `the host` / `the judge` with two holders is the one the text named most recently before the mention,
 * not the one titled last. Invented text.
 */
class SharedTitleRulesTest {

    private static final String TEXT = "Radio hosts press the harbour board\n\n"
            + "The board's plan came up in an interview with Harbour Hour hosts Tom Reyes and Ida Berg on Monday.\n\n"
            + "The board's chairman, Carl Dunmore, said the fares would not rise. Reyes did not seem convinced.\n\n"
            + "\"I have heard that promise before,\" the host said.\n\n"
            + "Judge Ray Dunn and Judge Ann Cole heard the appeal on Tuesday. Dunn asked whether the port still held a"
            + " permit.\n\n"
            + "\"The permit expired in May,\" the judge said.";

    @Test
    void theHostIsTheOneNamedLast() {
        assertEquals("Tom Reyes", with(TEXT, "I have heard that promise").speakerName());
    }

    @Test
    void theJudgeIsTheOneNamedLastNotTheOneTitledLast() {
        assertEquals("Ray Dunn", with(TEXT, "The permit expired").speakerName());
    }
}
