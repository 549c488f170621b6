package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction13: verbs that are cues only with their particle (`made it clear that`, `laid out`, `points to`):
 * the content starts after the particle; without it (`made a deal`, `the point to remember`) there is no statement.
 * Invented text.
 */
class PhrasalCueRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Mayor Anna Holt made it clear that the fares would not fall. The dockers' union laid out a plan for a "
            + "new quay on Monday. Holt points to the empty harbour as proof of the crisis. Holt made a deal with the "
            + "captains last year. The main point to remember is the cost of the quay.";

    @Test
    void theParticleBelongsToTheCue() {
        ExtractedStatement s = with(TEXT, "the fares would not fall");
        assertEquals("made", s.cue().text());
        assertEquals("Anna Holt", s.speakerName());
        assertEquals("dockers' union", with(TEXT, "a plan for a new quay").speakerName());
        ExtractedStatement p = with(TEXT, "the empty harbour as proof");
        assertTrue(p.text().startsWith("the empty harbour"), p.text());
    }

    @Test
    void withoutItsParticleTheVerbIsNoCue() {
        List<ExtractedStatement> sts = all(TEXT);
        assertTrue(sts.stream().noneMatch(s -> s.text().contains("deal") || s.text().contains("cost")), sts.toString());
    }
}
