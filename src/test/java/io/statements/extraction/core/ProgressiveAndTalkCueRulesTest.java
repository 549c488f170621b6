package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction13: judgement and pursuit verbs in the progressive (`is touting`, `was defending`) and verbs of
 * talking with what they are about (`spoke about`, `talks of`, `was talking about`) make reported speech, as PolNeAR
 * marks them; the same words elsewhere (`touting his plan, he ...`, `spoke for an hour`) make none. Invented text.
 */
class ProgressiveAndTalkCueRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "The dockers' union is touting its plan for a new quay. Mayor Anna Holt was defending the ferry fares "
            + "against every critic. Holt spoke about the need for cheaper fares at the meeting. The captains have "
            + "talked about a strike for weeks. Touting his own plan for the quay, Tom Reyes arrived late. Reyes spoke "
            + "for an hour.";

    @Test
    void aProgressiveJudgementVerbIsACue() {
        ExtractedStatement s = with(TEXT, "its plan for a new quay");
        assertEquals("reported-speech", s.sieve());
        assertEquals("touting", s.cue().text());
        assertEquals("dockers' union", s.speakerName());
        assertEquals("Anna Holt", with(TEXT, "the ferry fares against every critic").speakerName());
    }

    @Test
    void talkingAboutSomethingIsACue() {
        ExtractedStatement s = with(TEXT, "the need for cheaper fares");
        assertEquals("spoke", s.cue().text());
        assertEquals("Anna Holt", s.speakerName());
        assertEquals("captains", with(TEXT, "a strike for weeks").speakerName());
    }

    @Test
    void theSameWordsElsewhereAreNoCue() {
        List<ExtractedStatement> sts = all(TEXT);
        assertTrue(sts.stream().noneMatch(s -> s.text().contains("his own plan") || s.text().contains("an hour")),
                sts.toString());
    }
}
