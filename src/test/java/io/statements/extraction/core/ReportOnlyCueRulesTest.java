package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * `want`, `know`, `see`, `sees`, `feel`, `doubt`, `agree`, `oppose`, `prefer`, `warn` and the base forms of judging
 * verbs (`blame`, `praise`, `criticize`, `accuse`, `reject`, `endorse`) report a clause after their subject (session
 * extraction14; PolNeAR marks them as attributions of desire, knowledge, view and belief) but attribute no quote: near a quote their subject is too often someone
 * else's. Base forms only after a subject. Invented sentences.
 */
class ReportOnlyCueRulesTest {

    private static final String LEAD = "Port fees.\n\n";

    @Test
    void wantReportsItsClause() {
        ExtractedStatement s = with(LEAD + "The dockers want the harbour fees frozen until May.", "the harbour fees frozen");
        assertEquals("want", s.cue().text());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("dockers", s.speakerName());
    }

    @Test
    void seesReportsAView() {
        ExtractedStatement s = with(LEAD + "Mayor Anna Holt sees the new fees as a tax on every fisherman.",
                "as a tax on every fisherman");
        assertEquals("sees", s.cue().text());
        assertEquals("Anna Holt", s.speakerName());
    }

    @Test
    void knowReportsAfterItsSubjectOnly() {
        ExtractedStatement s = with(LEAD + "The crews know the board has never kept a promise.", "never kept a promise");
        assertEquals("know", s.cue().text());
        List<ExtractedStatement> none = all(LEAD + "It is hard to know whether the ferry will run in May.");
        for (ExtractedStatement x : none) {
            assertFalse(x.cue() != null && x.cue().text().equals("know"), x.toString());
        }
    }

    @Test
    void doubtAndAgreeReportTheirClause() {
        assertEquals("doubt", with(LEAD + "Many captains doubt the new ferry will ever sail.", "the new ferry will ever sail")
                .cue().text());
        assertEquals("agree", with(LEAD + "Both unions agree the fees must fall by May.", "the fees must fall").cue().text());
    }

    @Test
    void baseFormsOfJudgingVerbsReportAfterTheirSubject() {
        ExtractedStatement s = with(LEAD + "The dockers blame the Harbour Board for the lost season.", "for the lost season");
        assertEquals("blame", s.cue().text());
        assertEquals("dockers", s.speakerName());
        for (ExtractedStatement x : all(LEAD + "The crews took the blame for the lost season.")) {
            assertFalse(x.cue() != null && x.cue().text().equals("blame"), x.toString());
        }
    }

    @Test
    void aQuoteNearThemKeepsItsOwnSpeaker() {
        ExtractedStatement s = with(LEAD + "Tom Reyes wrote to the board in May.\n\nThe crews know what he meant: \"The "
                + "fees will sink the smaller boats.\"", "sink the smaller boats");
        assertFalse(s.cue() != null && s.cue().text().equals("know"), s.toString());
    }
}
