package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n57a (rule ruling-verb, {@link Lexicon#AFTER_QUOTE_ONLY}): a court's words quoted before `ruled` are the
 * judge's or the court's after it, whatever title stands before the name (`ruled Judge President <Name>`, `ruled lead
 * judge <Name>`, `rules the bench`); away from a quote `ruled` says nothing (`ruled out a recount`, `ruled the
 * country`).
 * Invented text.
 */
class RulingVerbRulesTest {

    private static final String TEXT = "Court annuls Veyland vote\n\n"
            + "TARVO - The Constitutional Court of Veyland on Monday annulled the presidential election.\n\n"
            + "\"We find that the returning officer did not count four districts,\" ruled Judge President "
            + "Amara Quist.\n\n"
            + "\"The irregularities compromised the whole count,\" ruled presiding judge Tobin Marlowe.\n\n"
            + "Osric Penhale, who ruled the country for nine years, had ruled out any recount before the hearing.";

    @Test
    void ruledAfterAQuoteNamesTheJudgeAfterALongTitle() {
        assertEquals("Amara Quist", with(TEXT, "did not count four districts").speakerName());
        assertEquals("ruled", with(TEXT, "did not count four districts").cue().text());
    }

    @Test
    void ruledAfterAQuoteNamesTheJudgeAfterALowerCaseTitle() {
        assertEquals("Tobin Marlowe", with(TEXT, "compromised the whole count").speakerName());
    }

    @Test
    void ruledOutAndRuledTheCountryAreNoCues() {
        for (ExtractedStatement s : all(TEXT)) {
            assertTrue(!s.text().contains("recount") && !s.text().contains("nine years"), s.text());
        }
    }
}
