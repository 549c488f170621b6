package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A pronoun subject of a verb of saying in a relative or adverbial clause of another attribution is the quote's
 * mention, with the outer speaker's name (session extraction14); a pronoun opening the outer verb's complement is not,
 * the outer attribution keeps the quote. Invented sentences.
 */
class AdjunctPronounSpeakerRulesTest {

    private static final String LEAD = "Harbour fees will rise.\n\n";

    @Test
    void aRelativeClauseCueHasItsPronounAsMention() {
        ExtractedStatement s = with(LEAD + "Mayor Anna Holt said the board had raised the fees twice, which she called "
                + "\"a tax on every fisherman.\"", "a tax on every fisherman");
        assertMention(s, "she", "Anna Holt");
        assertEquals("called", s.cue().text());
    }

    @Test
    void theOuterVerbReportsItsClauseUpToTheRelativeClause() {
        ExtractedStatement s = with(LEAD + "Tom Reyes said extra crews were sent to the pier, whom he described as "
                + "\"calm and careful.\"", "extra crews were sent");
        assertEquals("extra crews were sent to the pier", s.text());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("said", s.cue().text());
    }

    @Test
    void anAdverbialClauseCueHasItsPronounAsMention() {
        ExtractedStatement s = with(LEAD + "Tom Reyes said he would meet the board on Friday, although he wrote that he "
                + "\"cannot accept the new fees.\"", "cannot accept the new fees");
        assertMention(s, "he", "Tom Reyes");
        assertEquals("wrote", s.cue().text());
    }

    @Test
    void aMainClauseAfterAnOpeningClauseHasItsPronounAsMention() {
        ExtractedStatement s = with(LEAD + "Ida Berg says that even though she opposed the plan, she thinks the board "
                + "did \"an honest job.\"", "an honest job");
        assertMention(s, "she", "Ida Berg");
    }

    @Test
    void aPronounOpeningTheComplementLeavesTheQuoteToTheOuterSpeaker() {
        ExtractedStatement s = with(LEAD + "Mayor Anna Holt said she told the board that the fees were \"simply "
                + "unfair.\"", "simply unfair");
        assertMention(s, "Mayor Anna Holt", "Anna Holt");
    }

    @Test
    void aCoordinatedPronounStaysWithTheOuterSpeaker() {
        ExtractedStatement s = with(LEAD + "Ida Berg says she hopes to win the seat, but she knows that \"the harbour "
                + "vote is hard.\"", "the harbour vote is hard");
        assertMention(s, "Ida Berg", "Ida Berg");
    }

    @Test
    void aPronounAfterAParentheticalCueStaysWithIt() {
        ExtractedStatement s = with(LEAD + "Back then, Ms. Berg said, she found the board \"very polite and very "
                + "slow.\"", "very polite and very slow");
        assertMention(s, "Ms. Berg", "Berg");
    }

    @Test
    void aParticipleAfterAConcessiveClauseHasItsPronounAsMention() {
        ExtractedStatement s = with(LEAD + "Mayor Anna Holt was criticized for the delay, though at the meeting she "
                + "used sharper words, saying the board \"must answer for it.\"", "must answer for it");
        assertMention(s, "she", "Anna Holt");
        assertEquals("saying", s.cue().text());
    }

    @Test
    void aParticipleAfterACoordinatedClauseHasItsPronounAsMention() {
        ExtractedStatement s = with(LEAD + "Tom Reyes made the ferry his cause, but the plan stalled, and he has fought "
                + "the board ever since, at one point calling its chair \"a fraud.\"", "a fraud");
        assertMention(s, "he", "Tom Reyes");
    }

    @Test
    void aParticipleAfterAnAfterClauseStaysWithTheMainSubject() {
        ExtractedStatement s = with(LEAD + "Ida Berg apologized for the letters after they were read out, saying they "
                + "were \"old and badly written.\"", "old and badly written");
        assertMention(s, "Ida Berg", "Ida Berg");
    }

    private static void assertMention(ExtractedStatement s, String mention, String name) {
        assertNotNull(s.speakerMention(), s.toString());
        assertEquals(mention, s.speakerMention().text(), s.toString());
        assertEquals(name, s.speakerName(), s.toString());
    }
}
