package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n67f, additions to spoken-fragment and own-predicate ({@link SpokenFragments}): a word uttered or a vote
 * cast aloud (`uttered the word "yes"`, `voted "no"`) is its verb's subject's words, also when a subordinate clause
 * opens the sentence; a quoted progressive or present act verb (`was also "strongly recommending"`) is its subject's
 * own predicate; a quoted passive (`was "roundly condemned"`) is what others said, and `voted for the "..." bill` is a
 * bill's name. Invented text.
 */
class SpokenAnswerRulesTest {

    @Test
    void theWordUtteredInAVoteIsTheVotersAnswer() {
        String text = "Motion passes\n\nAs People's Party lawmaker Oskar Brandvik uttered the word \u201cyes\u201d,"
                + " shouting broke out in the chamber.\n\nSenator Mina Rook voted \"no\" on the second bill.";
        assertEquals("Oskar Brandvik", with(text, "yes").speakerName());
        assertEquals("Mina Rook", with(text, "no").speakerName());
    }

    @Test
    void aQuotedProgressiveActVerbAfterAnAuxiliary() {
        String text = "Shelters open\n\nIn addition to ordering tests at the border, Minister Hella Tornqvist was also"
                + " \u201cstrongly recommending\u201d that anyone visiting the shelters be tested.";
        assertEquals("Hella Tornqvist", with(text, "strongly recommending").speakerName());
    }

    @Test
    void passivesAndNamesOfBillsStayNoStatement() {
        String text = "Council vote\n\nMayor Ivo Brandt was \"roundly condemned\" after the vote. Councillor Eda"
                + " Voss voted for the \"Clean Harbour\" bill on Monday. The plan was \"widely welcomed\" in town.";
        for (ExtractedStatement s : all(text)) {
            String t = s.text();
            assertTrue(!t.contains("roundly condemned") && !t.contains("Clean Harbour")
                    && !t.contains("widely welcomed"), "no statement wanted: " + t);
        }
    }
}
