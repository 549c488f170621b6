package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** The speaker rules added for nested attributions, relative clauses and sentence structure. Invented sentences. */
class SpeakerRulesTest {

    private final StatementExtractor extractor = new StatementExtractor();

    private ExtractedStatement only(String text, String words) {
        List<ExtractedStatement> sts = extractor.extract(text);
        for (ExtractedStatement s : sts) {
            if (hasSegment(s, words)) {
                return s;
            }
        }
        fail("no statement <" + words + "> in " + sts);
        return null;
    }

    private static void assertMention(String text, String mention, ExtractedStatement s) {
        assertMention(text, mention, mention, s);
    }

    /** The mention is {@code mention} at the first place where {@code anchor} (which starts with it) stands. */
    private static void assertMention(String text, String mention, String anchor, ExtractedStatement s) {
        assertNotNull(s.speakerMention(), "no speaker mention");
        int start = text.codePointCount(0, text.indexOf(anchor));
        assertEquals(new TextSpan(start, start + mention.length(), mention), s.speakerMention());
    }

    @Test
    void aPronounRepeatingTheSpeakerInsideReportedSpeechKeepsTheOuterAttribution() {
        String text = "Mara Lindqvist said she expects the council \"to approve the budget before the winter.\"";
        ExtractedStatement s = only(text, "to approve the budget before the winter.");
        assertMention(text, "Mara Lindqvist", s);
        assertEquals("said", s.cue().text());
        assertEquals("Mara Lindqvist", s.speakerName());
    }

    @Test
    void aCharacterisationInARelativeClauseBelongsToTheMainSubject() {
        String text = "The Harbour Board condemned what it called \"a reckless and dangerous plan for the docks.\"";
        ExtractedStatement s = only(text, "a reckless and dangerous plan for the docks.");
        assertMention(text, "The Harbour Board", s);
    }

    @Test
    void anInfinitiveCueHangsOnTheVerbOfSayingBeforeIt() {
        String text = "At a briefing, the ferry chief also said that it was still too soon to tell whether there was "
                + "\"any link to the flooding\" upstream.";
        ExtractedStatement s = only(text, "any link to the flooding");
        assertMention(text, "the ferry chief", s);
        assertEquals("said", s.cue().text());
    }

    @Test
    void aParagraphEndingWithAColonIntroducesTheQuoteParagraphAfterIt() {
        String text = "Inspector Tomas Reyne spoke to residents on Monday.\n\nReyne continued:\n\n"
                + "\"The bridge has been closed since Monday and will stay closed until the checks are done.\"";
        ExtractedStatement s = only(text,
                "The bridge has been closed since Monday and will stay closed until the checks are done.");
        assertMention(text, "Reyne", "Reyne continued", s); // the mention in the introducing paragraph
        assertEquals("continued", s.cue().text());
        assertEquals("Tomas Reyne", s.speakerName());
    }

    @Test
    void aRelativePronounIsTheMentionAndResolvesToItsAntecedent() {
        String text = "Lawmakers questioned Senator Ada Moravec, now the committee chair, who in 2019 said the "
                + "levy was \"a tax on every family in the valley.\"";
        ExtractedStatement s = only(text, "a tax on every family in the valley.");
        assertMention(text, "who", s);
        assertEquals("Ada Moravec", s.speakerName());
    }

    @Test
    void aNounPhraseAfterAPrepositionIsNotTheSubject() {
        String text = "Fishermen marching through the harbour chanted \"Open the locks now!\" until dawn.";
        ExtractedStatement s = only(text, "Open the locks now!");
        assertMention(text, "Fishermen", s);
    }

    @Test
    void aCueAfterButStartsANewClause() {
        String text = "Ilse Brandt said the ferry would run \"every hour of every day,\" but she said the fares "
                + "would rise.";
        ExtractedStatement s = only(text, "every hour of every day,");
        assertMention(text, "Ilse Brandt", s);
    }

    @Test
    void introductoryClausesAreSkippedToFindTheSubject() {
        String text = "Once in her first year, when the mill closed, Dana Whitcombe laughed and said, "
                + "\"We will build something better here.\"";
        ExtractedStatement s = only(text, "We will build something better here.");
        assertMention(text, "Dana Whitcombe", s);
    }

    @Test
    void aSentenceStartingWithAPronounHasItAsSubject() {
        String text = "Pavel Orlov spoke on Tuesday.\n\nHe then defended the plan, saying, "
                + "\"Nobody will lose a job because of this.\"";
        ExtractedStatement s = only(text, "Nobody will lose a job because of this.");
        assertMention(text, "He", s);
        assertEquals("Pavel Orlov", s.speakerName());
    }
    @Test
    void aParticipleRightAfterANameHasThatNameAsSubject() {
        String text = "The new ad shows footage of Senator Lena Okoro asking, "
                + "\"Why are the trains still late every single morning?\"";
        ExtractedStatement s = only(text, "Why are the trains still late every single morning?");
        assertMention(text, "Senator Lena Okoro", s);
        assertEquals("Lena Okoro", s.speakerName());
    }

    @Test
    void aCoordinatedVerbContinuesTheSubordinateClauseItStandsIn() {
        String text = "Governor Ruth Calder described the plan as \"a disgrace\" after he attacked the transit "
                + "workers and blamed \"the unions for every single delay this year.\"";
        ExtractedStatement s = only(text, "the unions for every single delay this year.");
        assertMention(text, "he", "he attacked", s);
        assertEquals("blamed", s.cue().text());
    }

    @Test
    void aSentenceOpeningWithASubordinateClauseHasItsSubjectAfterIt() {
        String text = "In her memoir, Mirela Voss described the winter of 1998. After writing that the river was "
                + "\"frozen so hard we could drive across it,\" she spent two pages on the long walk to school.";
        ExtractedStatement s = only(text, "frozen so hard we could drive across it,");
        assertMention(text, "she", "she spent", s);
        assertEquals("Mirela Voss", s.speakerName());
    }

    @Test
    void aCueAfterWhenIsNotTheQuotesAttribution() {
        String text = "The footage shows Karl Mendt saying, \"That makes me a careful man,\" when Ana Ruiz "
                + "blasted him for the losses.";
        ExtractedStatement s = only(text, "That makes me a careful man,");
        assertMention(text, "Karl Mendt", s);
    }

    @Test
    void aPostposedAttributionMayBeFollowedByAParticipialTail() {
        String text = "\"You ignored the warnings for years\" to save money, Vera Lind said, referring to the "
                + "board's decision to cut \"every inspection in the budget.\"";
        ExtractedStatement s = only(text, "You ignored the warnings for years");
        assertMention(text, "Vera Lind", s);
        assertEquals("said", s.cue().text());
    }

    /** The statement has a segment with exactly these words (its text joins its segments by spaces). */
    static boolean hasSegment(ExtractedStatement s, String words) {
        String t = s.text();
        return t.equals(words) || t.startsWith(words + " ") || t.endsWith(" " + words) || t.contains(" " + words + " ");
    }
}
