package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names23, rule state-description-topic: `the Utah Republican`, `the Vermont governor` (a state and a party
 * or a title) that no tie in the text explains is the person named in full as the subject of the sentence before
 * (it was the words `Utah Republican`), or of its own sentence when named well before it; a title the text gave
 * someone keeps its holder. Invented text.
 */
class StateDescriptionTopicRulesTest {

    private static final String TEXT = "Senators trade blows over levy\n\n"
            + "Senate Majority Leader Tom Berger is criticizing the harbour levy as a tax on working families.\n\n"
            + "In a statement, the Utah Republican on Tuesday dismissed the levy as \"a raid on the docks.\"\n\n"
            + "Democratic Sen. Pedro Marcano says the levy will pay for itself.\n\n"
            + "\"It is a fair deal,\" the Ohio senator said.\n\n"
            + "Harbour chief Ann Cole met Berger on Wednesday. \"We have a plan,\" said the Vermont governor.";

    @Test
    void aStatePartyMentionIsTheSentenceBeforesSubject() {
        assertEquals("Tom Berger", with(TEXT, "raid on the docks").speakerName());
    }

    @Test
    void aStateTitleMentionLikewise() {
        assertEquals("Ann Cole", with(TEXT, "We have a plan").speakerName());
    }

    @Test
    void theOwnSentencesSubjectNamedBeforeIt() {
        String text = "Lawmaker urges tougher port checks\n\n"
                + "Rep. Ida Marsh, the senior Democrat on the House Transport Committee, called on the agency to inspect"
                + " every ship -- checks the Utah congresswoman said are \"long overdue.\"";
        assertEquals("Ida Marsh", with(text, "long overdue").speakerName());
    }

    @Test
    void aTitleTheTextGaveKeepsItsHolder() {
        assertEquals("Pedro Marcano", with(TEXT, "fair deal").speakerName());
    }
}
