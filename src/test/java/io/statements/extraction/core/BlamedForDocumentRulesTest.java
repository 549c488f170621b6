package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names32, rule blamed-for-document: who drew criticism for a post wrote it. */
class BlamedForDocumentRulesTest {

    @Test
    void theOneCriticisedForATweetWroteIt() {
        String text = """
                Ferry strike

                Councillor Rhona Bellweather drew criticism on Friday for a tweet about the ferry strike. \
                "Sack the lot of them," the tweet read.
                """;
        assertEquals("Rhona Bellweather", with(text, "Sack the lot of them,").speakerName());
    }

    @Test
    void theOneWhoApologisedForAPostWroteIt() {
        String text = """
                Ferry strike

                Councillor Rhona Bellweather apologised for a post about the ferry strike. \
                "Crews who strike should walk home," the post said.
                """;
        assertEquals("Rhona Bellweather", with(text, "Crews who strike should walk home,").speakerName());
    }
}
