package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65e, rules body-head-same-body ({@link BodyHeads}: `the commission chief` is the person the text put at the
 * head of that commission, as chairman, president or `who heads`) and unclosed-title-appositive ({@link
 * AppositiveHosts}: `X, chairman ABC told` is X, not the body). Invented text.
 */
class BodyHeadRulesTest {

    private static final String CHAIRMAN = "Hiring row\n\n"
            + "Kiran Dalal, chairman of the Westvale Water Board (WWB), met farmers on Monday. Farm leader Asha Rane "
            + "was there. \"We were ignored,\" Rane said.\n\n"
            + "\"Nobody will lose water,\" the WWB chief said.";

    private static final String HEADS = "Hiring row\n\n"
            + "Kiran Dalal, who heads the Westvale Water Board, met farmers on Monday. Farm leader Asha Rane "
            + "was there. \"We were ignored,\" Rane said.\n\n"
            + "\"Nobody will lose water,\" the board chief said.";

    private static final String TWO_BODIES = "Strike talks\n\n"
            + "Kiran Dalal, president of the Westvale Farmers Union, met Water Board chairman Omar Vel on Monday. "
            + "\"We were ignored,\" Dalal said.\n\n"
            + "\"Nobody will lose water,\" the board chief said. \"We will march,\" the union boss said.";

    private static final String TWO_UNIONS = "Strike talks\n\n"
            + "Kiran Dalal, president of the Westvale Farmers Union, met Omar Vel, president of the Dockers Union, "
            + "on Monday. \"We were ignored,\" Dalal said.\n\n"
            + "\"We will march,\" the union boss said.";

    private static final String UNCLOSED = "Board to appeal\n\n"
            + "\"We will take this to the top court,\" Kiran Dalal, chairman WWB told reporters on Monday.";

    @Test
    void theBodyChiefIsItsChairman() {
        assertEquals("Kiran Dalal", with(CHAIRMAN, "Nobody will lose water").speakerName());
    }

    @Test
    void theBodyChiefIsWhoHeadsIt() {
        assertEquals("Kiran Dalal", with(HEADS, "Nobody will lose water").speakerName());
    }

    @Test
    void theBodyDecidesBetweenTwoHeads() {
        assertEquals("Omar Vel", with(TWO_BODIES, "Nobody will lose water").speakerName());
        assertEquals("Kiran Dalal", with(TWO_BODIES, "We will march").speakerName());
    }

    @Test
    void twoHeadsOfLikeBodiesGiveNobody() {
        assertNotEquals("Kiran Dalal", with(TWO_UNIONS, "We will march").speakerName());
        assertNotEquals("Omar Vel", with(TWO_UNIONS, "We will march").speakerName());
    }

    @Test
    void anUnclosedTitleAppositiveIsThePerson() {
        assertEquals("Kiran Dalal", with(UNCLOSED, "We will take this").speakerName());
    }
}
