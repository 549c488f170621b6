package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session junk20: words that are no speaker: the adverb of `have long argued` (the subject before it speaks), the
 * participle of `..., having suggested that` (no name), and the predicate noun of `X ... is a critic and gadfly who
 * has pledged` (X). Invented text.
 */
class JunkSubjectRulesTest {

    private static final String TEXT = "Harbour row\n\n"
            + "Dock workers have long argued that the port needs a second crane.\n\n"
            + "Editor's note: Peter Lamb regularly skips the board's hearings and is a serial absentee, harsh critic and"
            + " gadfly who has repeatedly pledged to close the port to foreign ships.\n\n"
            + "Ann Holt praised the plan on Monday, having suggested last week that the board was wasting money.";

    @Test
    void anAdverbBeforeTheCueIsNoSpeaker() {
        assertEquals("Dock workers", with(TEXT, "a second crane").speakerName());
    }

    @Test
    void aPredicateNounBeforeWhoIsTheSubject() {
        assertEquals("Peter Lamb", with(TEXT, "close the port").speakerName());
    }

    @Test
    void aParticipleIsNoSpeaker() {
        for (ExtractedStatement s : Extracted.all(TEXT)) {
            assertNotEquals("having", s.speakerName(), s.text());
        }
    }
}
