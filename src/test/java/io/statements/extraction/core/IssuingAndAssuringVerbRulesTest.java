package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * `issued`, `ordered`, `repeated` and `assured` are weak cues (session extraction14): PolNeAR marks them in most of
 * their uses (an issued statement or report, a judge's order, a repeated claim, an assurance), and each measured alone
 * raised all-attributions F1 on train without lowering dev. `issued` and `ordered` only before a determined object (a
 * title-case headline's `Warnings Issued Across the Valley` is no statement). `assured` still attributes a quote before
 * it. Invented sentences.
 */
class IssuingAndAssuringVerbRulesTest {

    private static final String LEAD = "Port fees.\n\n";

    @Test
    void issuedReportsWhatWasIssued() {
        ExtractedStatement s = with(LEAD + "The Harbour Board issued a report on Monday blaming the crews for the delays.",
                "a report on Monday");
        assertEquals("issued", s.cue().text());
        assertEquals("Harbour Board", s.speakerName());
    }

    @Test
    void aHeadlinePassiveIsNoStatement() {
        for (ExtractedStatement s : Extracted.all("Ferry Warnings Issued Across the Coast\n\nThe Harbour Board issued "
                + "warnings for six ports on Sunday.")) {
            assertEquals(false, s.text().contains("Across the Coast"), s.toString());
            assertEquals(false, s.text().contains("warnings for six ports"), s.toString());
        }
    }

    @Test
    void orderedReportsTheOrder() {
        ExtractedStatement s = with(LEAD + "A judge ordered the board to publish the contracts.", "publish the contracts");
        assertEquals("ordered", s.cue().text());
        assertEquals(StatementKind.INDIRECT, s.kind());
    }

    @Test
    void repeatedReportsTheClaim() {
        ExtractedStatement s = with(LEAD + "Ida Berg repeated her claim that the audit was rigged.", "the audit was rigged");
        assertEquals("repeated", s.cue().text());
        assertEquals("Ida Berg", s.speakerName());
    }

    @Test
    void assuredReportsTheAssuranceBeforeAndAfterAQuote() {
        ExtractedStatement before = with(LEAD + "Mayor Anna Holt assured the crews that no ferry would be sold.",
                "no ferry would be sold");
        assertEquals("assured", before.cue().text());
        assertEquals("Anna Holt", before.speakerName());
        ExtractedStatement after = with(LEAD + "Mayor Anna Holt met the crews.\n\n\"We will keep every boat,\" the mayor "
                + "assured them.", "We will keep every boat");
        assertEquals("assured", after.cue().text());
        assertEquals("Anna Holt", after.speakerName());
    }
}
