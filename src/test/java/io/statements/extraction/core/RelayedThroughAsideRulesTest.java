package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names47, rule relayed-through-aside (`RelayAsides`, asked by `InterruptedSubjects.aroundObjectAside`): the
 * person after `through` in a comma-enclosed aside relays the words of the host before the aside, who is the
 * subject of the verb after it, and a statement quoted next (`the statement read`) is the host's too; the relay
 * speaking in a sentence of their own stays the relay. Invented text.
 */
class RelayedThroughAsideRulesTest {

    @Test
    void whoSpokeThroughHisPressSecretary() {
        String text = "Dam vote\n\nMERRIDALE, Oct 14 (Wire) - Governor Halvard Penrose, who"
                + " spoke through his press secretary, Dana Whitcombe, on Tuesday rejected calls to delay a vote"
                + " on the dam.\n\n"
                + "\"The people of this state have waited long enough,\" the statement read.\n\n"
                + "Whitcombe told reporters later that the vote would go ahead on Friday.";
        assertEquals("Halvard Penrose", with(text, "calls to delay a vote").speakerName());
        assertEquals("Halvard Penrose", with(text, "The people of this state").speakerName());
        assertEquals("Dana Whitcombe", with(text, "the vote would go ahead").speakerName());
    }

    @Test
    void speakingThroughASpokeswoman() {
        String text = "Barrier\n\nGovernor Halvard Penrose, speaking through his spokeswoman, Nadia Quist, said the"
                + " barrier would be finished by 2029.";
        assertEquals("Halvard Penrose", with(text, "barrier would be finished").speakerName());
    }

    @Test
    void throughASpokesmanDeclined() {
        String text = "Barrier\n\nMayor Ida Berg, through a spokesman, Tim Gale, declined to comment on the timetable.";
        assertEquals("Ida Berg", with(text, "to comment on the timetable").speakerName());
    }

    @Test
    void throughWithNoNameAfterKeepsItsSubject() {
        String text = "Night shift\n\nNurse Lena Ortiz, who worked through the night, said the ward was full.";
        assertEquals("Lena Ortiz", with(text, "the ward was full").speakerName());
    }
}
