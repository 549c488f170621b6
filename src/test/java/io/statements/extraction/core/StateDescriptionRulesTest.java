package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names26: `the Florida Republican`, `the Idaho governor` (a US state and a party or a title) mean the person
 * the article gave that state. Invented text.
 */
class StateDescriptionRulesTest {

    /** Rule titled-name-of-state: `Senator X of Florida` ties Florida to X, not to the last person named. */
    @Test
    void stateAfterTitledName() {
        String text = "Harbour plan\n\n"
                + "Senator Ana Ruiz of Florida spoke on Monday about the harbour plan. Rep. Tom Reyes of Ohio also"
                + " spoke. \"We will build it quickly and well,\" the Florida Republican said.\n\n"
                + "Gov. Eva Stone of Idaho and Gov. Sam Pike of Utah met later. \"This is a fine plan for all,\""
                + " the Idaho governor said.\n";
        assertEquals("Ana Ruiz", with(text, "quickly and well").speakerName());
        assertEquals("Eva Stone", with(text, "fine plan for all").speakerName());
    }

    /**
     * Rule state-description-last-speaker: the sentence before names no subject (`"...," he said.`, a long opening
     * phrase): the person who spoke last.
     */
    @Test
    void lastSpeakerWhenTheSentenceBeforeNamesNoSubject() {
        String text = "Harbour plan\n\n"
                + "Paul Dorn spoke about the plan on Monday. Dorn said the port would grow. \"I think what is needed"
                + " is that we unify this town, and I think the burden will be on them,\" he said.\n\n"
                + "The Wisconsin Republican did give the mayor some credit, saying he should be thanked for the"
                + " work.\n\n"
                + "Rita Vance and Tom Sand spoke on Wednesday. Still, in a hint of how Ms. Vance's rivals tread"
                + " gingerly, Mr. Sand declined to attack her. Asked about a tougher approach, the Florida"
                + " Republican would only say that her plan was weak.\n";
        assertEquals("Paul Dorn", with(text, "should be thanked").speakerName());
        assertEquals("Tom Sand", with(text, "her plan was weak").speakerName());
    }
}
