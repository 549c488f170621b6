package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names47, rule first-of-list (`CoordinatedNames.firstOfList`): three or more people named in a list as the
 * subject (`Senators A, B and C said`, `Leader X and Senators A, B and C said in a joint statement`) speak as a group
 * under the first name, never the last name alone; a list with a member that is no person (a time, an academy's
 * fields) is no such group. Invented text.
 */
class FirstOfListRulesTest {

    @Test
    void aJointStatementOfThreeSenators() {
        String text = "Port\n\nIn a joint statement, Senators Marisol Ferrante, Obadiah Kling and Petra Vance said the"
                + " deal was a betrayal.";
        ExtractedStatement s = with(text, "the deal was a betrayal");
        assertEquals("Marisol Ferrante", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
    }

    @Test
    void aLeaderAndThreeSenators() {
        String text = "Port\n\nSenate Minority Leader Tobias Renwick and Senators Marisol Ferrante, Obadiah Kling and"
                + " Petra Vance said in a joint statement that the deal was a betrayal.";
        assertEquals("Tobias Renwick", with(text, "the deal was a betrayal").speakerName());
    }

    @Test
    void aTimeBeforeTwoNamesIsNoMember() {
        String text = "Port\n\nOn Sunday, Mr. Ray Dunn and Senator Petra Vance said the deal was a betrayal.";
        assertNotEquals("On Sunday", with(text, "the deal was a betrayal").speakerName());
    }
}
