package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names26, rule party-adjective-subject: `Republican presidential front-runner X is insisting ...`: the
 * sentence's subject runs through adjectives in -al to the name (it had been `Republican`). Invented text.
 */
class PartyAdjectiveSubjectRulesTest {

    @Test
    void adjectivesBeforeTheTitleAndName() {
        String text = "Harbour news\n\n"
                + "Republican presidential front-runner Paul Dorn is insisting that he has \"expanded the party\" in"
                + " every state.\n\n"
                + "Democratic presidential front-runner Ann Cole addressed the students, vowing to protect the port.\n";
        assertEquals("Paul Dorn", with(text, "expanded the party").speakerName());
        assertEquals("Ann Cole", with(text, "protect the port").speakerName());
    }
}
