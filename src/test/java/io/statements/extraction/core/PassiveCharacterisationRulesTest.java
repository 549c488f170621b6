package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n67e, rules passive-characterisation ({@link PassiveCharacterisations}: `X was targeted by Y as "..."` is
 * Y's, never X's) and sentence-initial-agent-plural ({@link CommonHeads}: `Engineers deemed ...` is the engineers, no
 * person called `Engineers`). Near-misses: an active sentence with `as`, a team the text capitalises mid-sentence.
 * Invented text.
 */
class PassiveCharacterisationRulesTest {

    @Test
    void thePassiveAgentSpeaksNotTheSubject() {
        String text = "Council sacked\n\nThe council set up a Special Works Panel last year.\n\n"
                + "The Special Works Panel was targeted by Ms Lund as a \"model of careless planning and scant care "
                + "for anyone\".";
        assertEquals("Lund", with(text, "model of careless planning").speakerName());
        String body = "Fares\n\nThe plan was dismissed by the Tram Workers Union as \"a stunt that will cost every "
                + "driver more\".";
        assertEquals("Tram Workers Union", with(body, "a stunt that will cost").speakerName());
    }

    @Test
    void anActiveSentenceWithAsKeepsItsSubject() {
        String text = "Fares\n\nMayor Ida Berg described the plan as \"a fair deal for every rider\".";
        assertEquals("Ida Berg", with(text, "a fair deal for every rider").speakerName());
    }

    @Test
    void aSentenceInitialAgentPluralIsNoName() {
        String text = "Dam crack\n\nPolice closed the town on Thursday after heavy rain damaged the dam above it.\n\n"
                + "Engineers judged that the wall posed a \"grave threat to every home below it\" should it fail.";
        assertEquals("engineers", with(text, "grave threat to every home").speakerName());
    }

    @Test
    void aTeamCapitalisedInsideSentencesKeepsItsName() {
        String text = "Match\n\nThe Rangers said the match would go ahead.\n\n"
                + "Rangers said \"the pitch is fine and the fans are welcome\".";
        assertEquals("Rangers", with(text, "the pitch is fine").speakerName());
    }
}
