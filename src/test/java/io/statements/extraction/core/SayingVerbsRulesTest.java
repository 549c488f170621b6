package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n51d: verbs of saying the lexicon lacked. `reaffirmed` / `restated` introduce a quote in their clause as
 * the weak cues do (`She reaffirmed on Friday that stepping down was "[her] own choice alone"`, a quote too short for the
 * cue-less sieves), not a clause without one (`reaffirmed their support`). Invented text.
 */
class SayingVerbsRulesTest {

    @Test
    void reaffirmedIntroducesTheQuoteInItsClause() {
        ExtractedStatement s = with("Premier to go\n\nPremier Ana Lusk said she would leave in March.\n\nShe reaffirmed "
                + "on Friday that stepping down was \"[her] own choice alone\" after a week away.\n", "own choice alone");
        assertEquals("Ana Lusk", s.speakerName(), s.toString());
    }

    @Test
    void reaffirmedWithoutAQuoteOrAClauseIsNoStatement() {
        String text = "Premier to go\n\nSeveral ministers reaffirmed their support for the deputy leader on Monday.\n";
        assertTrue(all(text).stream().noneMatch(s -> s.text().contains("support for the deputy")), all(text).toString());
    }
}
