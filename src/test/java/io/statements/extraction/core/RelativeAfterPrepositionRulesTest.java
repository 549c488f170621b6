package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: `who` after a person named in a prepositional phrase (`a sharp reply from Harbour Commissioner
 * Laura Whitlow, who said`) is that person, not the noun the phrase hangs on (`sharp reply`); `an aide to Mayor Tom
 * Okafor, who said` stays the aide's, and so does the person an appositive's phrase hangs on (`Carol Brandt, the
 * executive director of the Harbour Partnership for Fair Fares, who`). Invented text.
 */
class RelativeAfterPrepositionRulesTest {

    private static final String TEXT = "Ferry plan stalls\n\n"
            + "The ferry plan drew a sharp reply from Harbour Commissioner Laura Whitlow, who said the fares were"
            + " \"beyond what families can pay.\"\n\n"
            + "The vote was delayed by an aide to Mayor Tom Okafor, who said the council needed \"another week to read"
            + " the plan.\"\n\n"
            + "\"The fares are fine,\" said Carol Brandt, the executive director of the Harbour Partnership for Fair"
            + " Fares, who added that"
            + " the ferries \"will pay for themselves.\"";

    @Test
    void whoAfterAPersonInAPrepositionalPhraseIsThatPerson() {
        assertEquals("Laura Whitlow", with(TEXT, "beyond what families").speakerName());
    }

    @Test
    void anAppositivesPhraseIsNoAntecedent() {
        assertEquals("Carol Brandt", with(TEXT, "will pay for themselves").speakerName());
    }

    @Test
    void anAideToSomeoneStaysTheAide() {
        assertEquals("aide", with(TEXT, "another week").speakerName());
    }
}
