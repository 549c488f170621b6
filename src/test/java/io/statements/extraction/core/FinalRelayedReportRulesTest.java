package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n66e, rule relayed-report-at-end ({@code FinalRelayedReports}): `CLAUSE, newspapers quoted X as saying.` is
 * X's statement, and a quote paragraph right after it continues X, not the speaker quoted before. Invented text.
 */
class FinalRelayedReportRulesTest {

    private static final String BEFORE = "Rockfall closes pass\n\n"
            + "Climbers were turned back on Saturday after a wall of rock slid onto the only road over the pass.\n\n"
            + "\"It sounded like a train coming through the valley,\" one driver told the regional radio station. "
            + "\"We stopped just short of it.\"\n\n";

    @Test
    void theClauseAndTheQuoteAfterAreThePersonQuoted() {
        String text = BEFORE + "Because the slope had been dry for weeks, the slide was bound to happen sooner or "
                + "later, regional newspapers quoted geologist Marta Ulvik as saying. \"These slopes shed rock every "
                + "summer.\"";
        assertEquals("Marta Ulvik", with(text, "the slide was bound to happen").speakerName());
        assertEquals("Marta Ulvik", with(text, "These slopes shed rock").speakerName());
        assertEquals("driver", with(text, "We stopped just short").speakerName());
    }

    @Test
    void aPronounObjectIsLeftToTheOtherSieves() {
        String text = BEFORE + "Because the slope had been dry for weeks, the slide was bound to happen sooner or "
                + "later, regional newspapers quoted him as saying. \"These slopes shed rock every summer.\"";
        assertTrue(all(text).stream().noneMatch(s -> s.text().contains("the slide was bound to happen")));
    }

    @Test
    void aSentenceWithItsOwnQuoteIsTheQuoteSievesWork() {
        String text = BEFORE + "The slide was \"bound to happen sooner or later\" after weeks of dry weather, regional "
                + "newspapers quoted geologist Marta Ulvik as saying.";
        assertTrue(!"reported-speech".equals(with(text, "bound to happen sooner or later").sieve()));
    }
}
