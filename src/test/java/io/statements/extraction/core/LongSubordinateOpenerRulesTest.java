package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names24, rule long-subordinate-opener: a subordinate clause opening the sentence may run past 22 tokens
 * before its comma (`When told ... in a future Hall government, Dale thought and said that, "..."`); the subject after
 * it speaks, and a participle inside it keeps the clause's own subject. Invented text.
 */
class LongSubordinateOpenerRulesTest {

    @Test
    void subjectAfterALongWhenClause() {
        String text = "Travellers on the early flight\n\n"
                + "Marcus Dale said he did not know the man behind him. When told the man was a senior minister in"
                + " the cabinet and a likely pick for an even bigger post in a future Hall government, Dale thought for"
                + " a moment and said that, \"being an ordinary person is an advantage.\"\n";
        assertEquals("Marcus Dale", with(text, "being an ordinary person").speakerName());
    }

    @Test
    void pronounAfterALongWhenClauseIsItsMainSubject() {
        String text = "A debate in Fairhaven\n\n"
                + "Ruth Vance and Tom Olsen met on stage on Thursday. When Ms. Vance tried to defend her remarks calling"
                + " the regime \"stable\" after it crushed a protest movement in the capital years before, Mr. Olsen"
                + " sharply differed.\n\n"
                + "\"I think that regime crushed those students,\" he said.\n";
        assertEquals("Tom Olsen", with(text, "crushed those students").speakerName());
        assertEquals("Ruth Vance", with(text, "stable").speakerName());
    }
}
