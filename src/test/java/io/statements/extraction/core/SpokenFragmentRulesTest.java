package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n52e, rule spoken-fragment: a quote of one to three words right after a verb or noun of a speech act in its
 * clause (`offering "..."`, `branded the vote a "..."`, `whose warnings of "..."`) is the sentence subject's; a scare
 * quote, a nickname or a title of a work stays no statement. Invented text.
 */
class SpokenFragmentRulesTest {

    @Test
    void offeringAndTheQuoteAfterIt() {
        String text = "Towns restore ferry\n\nIn a video, Governor Teodor Brask could be heard offering \"warm"
                + " congratulations\" on the \"good sense\" of both councils.";
        assertEquals("Teodor Brask", with(text, "warm congratulations").speakerName());
        assertEquals("Teodor Brask", with(text, "good sense").speakerName());
    }

    @Test
    void brandedTheVote() {
        String text = "Vote ends term\n\nParliament voted to remove Prime Minister Helga Varnstrom on Tuesday.\n\n"
                + "Ms Varnstrom for her part branded the ballot a \"quiet coup\" and vowed to fight on.";
        assertEquals("Helga Varnstrom", with(text, "quiet coup").speakerName());
    }

    @Test
    void warningsOfWithAWhoseClause() {
        String text = "Premier arrives\n\nPremier Anselm Korda, whose cabinet has stepped up its warnings of \"open"
                + " confrontation\" with the provinces, arrived in Dunmere on Sunday.";
        assertEquals("Anselm Korda", with(text, "open confrontation").speakerName());
    }

    @Test
    void scareQuotesNicknamesAndTitlesStayNoStatement() {
        String text = "Sprinter wins\n\nMarisa Quell, known to fans as \"the Comet\", won the race on Saturday."
                + " The track was a \"mud bath\" by the final. Protesters carried the so-called \"peace tax\" banner,"
                + " and a band played \"Northern Lights\" at the gate.";
        for (ExtractedStatement s : all(text)) {
            String t = s.text();
            assertTrue(!t.contains("the Comet") && !t.contains("mud bath") && !t.contains("peace tax")
                    && !t.contains("Northern Lights"), "no statement wanted: " + t);
        }
    }
}
