package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Session extraction6: `As X put it, "..."` and `"...," as X pointed out`. Invented text. */
class AsPutItSieveTest {

    private static final String TEXT = "The harbour budget\n\n"
            + "As the columnist Ada Brenner put it, \"the council is building a bridge to nowhere.\"\n\n"
            + "That, as Ruth Okoro puts it, is \"a very expensive mistake.\"\n\n"
            + "\"The ferry will run on time this year, whatever the weather,\" as the harbour master Tom Vik pointed "
            + "out on Monday.\n\n"
            + "The crew put it on the table as \"the last offer we will ever make to the board.\"";

    @Test
    void anAsClauseBeforeTheQuoteNamesTheSpeaker() {
        ExtractedStatement s = with(TEXT, "bridge to nowhere");
        assertEquals("as-put-it", s.sieve());
        assertEquals("Ada Brenner", s.speakerName());
        assertEquals("put it", s.cue().text());
    }

    @Test
    void anAsClauseInsideTheSentenceGivesAPartialWithTheSentence() {
        ExtractedStatement s = with(TEXT, "a very expensive mistake");
        assertEquals("as-put-it", s.sieve());
        assertEquals("Ruth Okoro", s.speakerName());
        assertEquals(StatementKind.PARTIAL, s.kind());
        assertEquals("That", TEXT.substring(s.content().start(), s.content().start() + 4));
    }

    @Test
    void pointedOutAfterTheQuoteCounts() {
        // since session extraction9 `pointed` is a (weak) cue itself, so the trailing-cue sieve decides first
        ExtractedStatement s = with(TEXT, "The ferry will run on time");
        assertEquals("trailing-cue", s.sieve());
        assertEquals("Tom Vik", s.speakerName());
        assertEquals(StatementKind.DIRECT, s.kind());
    }

    @Test
    void putItWithoutAsIsNoAttribution() {
        assertNotEquals("as-put-it", with(TEXT, "the last offer we will ever make").sieve());
    }

    /** Session names26: `Or, as X, a long appositive title, put it: "..."` (the subject ran past ten tokens). */
    @Test
    void nameWithAppositiveBeforePutIt() {
        String text = "Harbour news\n\n"
                + "The mayor spoke about the harbour plan on Monday, and the crowd cheered loudly.\n\n"
                + "Or, as Tom Reyes, a former secretary of port security, put it: \"The ships are no longer at the"
                + " gate. They are inside the port.\"\n";
        ExtractedStatement s = with(text, "no longer at the gate");
        assertEquals("as-put-it", s.sieve());
        assertEquals("Tom Reyes", s.speakerName());
    }
}
