package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names45, rule so-called-term: a quote right after `so-called` is a term nobody is quoted as saying: a
 * statement of the quote alone has no speaker; a headline's one-word quote the body gives so is no statement; a
 * statement that reports more than the term keeps its speaker. Invented text.
 */
class SoCalledTermRulesTest {

    private static final String TEXT = "Town trials \"clever\" lamp posts\n\n"
            + "The town has put up thirty so-called \"clever\" lamp posts that tell engineers when a bulb fails.\n\n"
            + "Councillor Bertil Amundsen said the posts were \"a modest start\" and would pay for themselves.";

    @Test
    void theBodyTermHasNoSpeaker() {
        for (ExtractedStatement s : Extracted.all(TEXT)) {
            if (s.text().equals("clever")) {
                assertNull(s.speakerName(), "a term: " + s);
            }
        }
    }

    @Test
    void theHeadlineTermIsNoStatement() {
        List<ExtractedStatement> all = Extracted.all(TEXT);
        assertTrue(all.stream().noneMatch(s -> s.content().start() < 40 && s.text().contains("clever")), all::toString);
    }

    @Test
    void aQuoteOfThePersonKeepsItsSpeaker() {
        assertEquals("Bertil Amundsen", with(TEXT, "a modest start").speakerName());
    }

    @Test
    void aReportAroundTheTermKeepsItsSpeaker() {
        String text = "Budget fight\n\nThe governor, Marguerite Oyelaran, has called for cutting the so-called"
                + " \"rainy day\" fund by half to pay for schools.";
        assertEquals("Marguerite Oyelaran", with(text, "rainy day").speakerName());
    }
}
