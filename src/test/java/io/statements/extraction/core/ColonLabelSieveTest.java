package io.statements.extraction.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session extraction5: the colon-label sieve (`Topic - Name: "..."`, `More from the report: "..."`). Invented text. */
class ColonLabelSieveTest {

    private static final String TEXT = "Harbour digest\n\n"
            + "Storm gates under scrutiny - Ida Stone: \"The gates were never tested in a real storm, and everyone "
            + "knew it.\"\n\n"
            + "More from the report: \"Maintenance logs were missing for three years in a row.\"\n\n"
            + "The crews worked through the night on the harbour wall: \"Nobody slept for two days,\" one of them "
            + "said later.";

    @Test
    void aNameBeforeTheColonAfterADashIsTheSpeaker() {
        ExtractedStatement s = with(TEXT, "never tested in a real storm");
        assertEquals("colon-label", s.sieve());
        assertEquals("Ida Stone", s.speakerName());
        assertEquals(":", s.cue().text());
        assertEquals(StatementKind.DIRECT, s.kind());
    }

    @Test
    void aDocumentAfterFromIsTheSourceEvenUnnamed() {
        ExtractedStatement s = with(TEXT, "Maintenance logs were missing");
        assertEquals("colon-label", s.sieve());
        assertEquals("the report", s.speakerMention().text());
        assertNull(s.speakerName());
    }

    @Test
    void aSentenceBeforeTheColonIsNoLabel() {
        assertTrue(!"colon-label".equals(with(TEXT, "Nobody slept for two days").sieve()));
    }

    @Test
    void theSieveCanBeLeftOut() {
        List<String> order = new java.util.ArrayList<>(StatementExtractor.defaultSieveOrder());
        order.remove("colon-label");
        ExtractedStatement s = new StatementExtractor(order).extract(TEXT).stream()
                .filter(x -> x.text().contains("never tested")).findFirst().orElseThrow();
        assertTrue(!"colon-label".equals(s.sieve()));
    }
}
