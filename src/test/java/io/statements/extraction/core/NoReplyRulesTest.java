package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction13: a negated answer or mention is the subject's attribution, as PolNeAR marks it (non-speech
 * sieve): `did not (immediately) respond to a request for comment`, `didn't return calls`, `did not mention X by
 * name`, `declined comment`, `declined an interview request`; returning somewhere or declining a seat is no answer.
 * Invented text.
 */
class NoReplyRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "The Harbour Board did not immediately respond to a request for comment. Mayor Anna Holt didn't return "
            + "calls seeking comment. In her speech, Holt did not mention the ferry company by name. The captain did "
            + "not return to the bridge. The ferry company declined comment on Monday. Tom Reyes declined an interview "
            + "request. Holt declined a seat on the harbour board.";

    @Test
    void notRespondingToARequestIsAnAttribution() {
        ExtractedStatement s = with(TEXT, "to a request for comment");
        assertEquals("non-speech", s.sieve());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("Harbour Board", s.speakerName());
        assertEquals("respond", s.cue().text());
        assertEquals("Anna Holt", with(TEXT, "calls seeking comment").speakerName());
    }

    @Test
    void notMentioningSomeoneIsAnAttribution() {
        assertEquals("Anna Holt", with(TEXT, "the ferry company by name").speakerName());
    }

    @Test
    void decliningACommentOrARequestIsAnAttribution() {
        assertEquals("ferry company", with(TEXT, "comment on Monday").speakerName());
        assertEquals("Tom Reyes", with(TEXT, "an interview request").speakerName());
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().contains("a seat")), all(TEXT).toString());
    }

    @Test
    void returningSomewhereIsNoAnswer() {
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().contains("bridge")), all(TEXT).toString());
    }
}
