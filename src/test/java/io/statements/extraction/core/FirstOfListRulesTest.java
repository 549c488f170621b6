package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names47, rule first-of-list (`CoordinatedNames.firstOfList`): three or more people named in a list as the
 * subject (`Senators A, B and C said`, `Leader X and Senators A, B and C said in a joint statement`) speak under the
 * first name, never the last name alone, and the statement they issued is theirs; a list with a member that is no
 * person (a time) is no such list. Invented text.
 */
class FirstOfListRulesTest {

    @Test
    void aJointStatementOfThreeSenators() {
        String text = "Port\n\nIn a joint statement, Senators Marisol Ferrante, Obadiah Kling and Petra Vance said the"
                + " deal was a betrayal.";
        assertEquals("Marisol Ferrante", with(text, "the deal was a betrayal").speakerName());
    }

    @Test
    void aLeaderAndThreeSenators() {
        String text = "Port\n\nSenate Minority Leader Tobias Renwick and Senators Marisol Ferrante, Obadiah Kling and"
                + " Petra Vance said in a joint statement that the deal was a betrayal.";
        assertEquals("Tobias Renwick", with(text, "the deal was a betrayal").speakerName());
    }

    @Test
    void theStatementTheyIssuedIsTheirs() {
        String text = "Port\n\nIn a joint statement, Senators Marisol Ferrante, Obadiah Kling and Petra Vance called"
                + " the deal a \"betrayal of every port worker.\"\n\n"
                + "\"The contracts were signed at night and without a single rival bid,\" read the statement.";
        assertEquals("Marisol Ferrante", with(text, "The contracts were signed at night").speakerName());
    }

    @Test
    void aTimeBeforeTwoNamesIsNoMember() {
        String text = "Port\n\nOn Sunday, Mr. Ray Dunn and Senator Petra Vance said the deal was a betrayal.";
        assertNotEquals("On Sunday", with(text, "the deal was a betrayal").speakerName());
    }
}
