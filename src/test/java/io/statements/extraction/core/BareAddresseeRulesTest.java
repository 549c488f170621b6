package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n66f, rule bare-addressee: `..., X has told worshippers at Mass.` closing a clause with a quote in it
 * attributes the clause (and the quote) to X; a verb of telling followed by a clause of its own does not. Invented
 * text.
 */
class BareAddresseeRulesTest {

    @Test
    void aBareAddresseeAndAnAdjunctCloseTheAttribution() {
        String text = "Blast\n\nDunmere's villagers have been \"numbed by grief\" since a gas blast killed six"
                + " people, Father Anton Merle has told worshippers at Mass.\n\nThe harbour will reopen \"within"
                + " weeks\" after the storm, Minister Ida Holt told parliament on Tuesday.";
        assertEquals("Anton Merle", with(text, "numbed by grief").speakerName());
        assertEquals("Ida Holt", with(text, "within weeks").speakerName());
    }

    @Test
    void aClauseAfterTheAddresseeIsNoAdjunct() {
        String text = "Harbour\n\nThe harbour will reopen \"within a few short weeks\" after the storm, Minister Ida"
                + " Holt told staff the ferries would wait for the repairs.";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!("postposed-cue".equals(s.sieve()) && s.text().contains("within a few short weeks")),
                    "no postposed attribution wanted: " + s.text());
        }
    }
}
