package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: in `Carl Hanley, a veteran analyst who is working with Harbour Watch, a pro-ferry lobby group, said`
 * the name before the last appositive is the object of the relative clause describing Hanley, not the subject of
 * `said`; the pronoun after it is Hanley again. Invented text.
 */
class RelativeClauseObjectRulesTest {

    private static final String TEXT = "Harbour vote nears\n\n"
            + "\"Nobody can deny the costs keep climbing,\" said harbour analyst Tom Reyes. \"I was surprised.\"\n\n"
            + "Carl Hanley, a veteran analyst who is working with Harbour Watch, a pro-ferry lobby group, said the"
            + " hearings have reinforced views of the board as \"slow, timid and distant\" and as a body far more in"
            + " tune with shippers than what the unions propose. But he also said that the board's critics have"
            + " \"reinforced myths that are untrue\" for the port.";

    @Test
    void theObjectOfTheRelativeClauseIsNoSpeaker() {
        assertEquals("Carl Hanley", with(TEXT, "timid and distant").speakerName());
    }

    @Test
    void thePronounAfterItIsTheSubject() {
        assertEquals("Carl Hanley", with(TEXT, "reinforced myths").speakerName());
    }
}
