package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session extraction4: the subject of a main clause a participle hangs on, and words that are no subject. Invented text. */
class MainClauseSubjectRulesTest {

    @Test
    void aParticipleAfterAMainClauseWithADeterminerGoesToItsSubject() {
        String text = "Harbour news\n\nThe Harbour Trust released a statement on Monday, saying the plan was \"a gift to the town.\"";
        ExtractedStatement s = with(text, "a gift to the town.");
        assertEquals("Harbour Trust", s.speakerName());
        assertEquals("The Harbour Trust", s.speakerMention().text());
    }

    @Test
    void theSubjectStopsBeforeAVerbFollowedByItsObject() {
        String text = "Harbour news\n\nThe campaign sent a memo to donors, saying the race was \"far from over.\"";
        assertEquals("The campaign", with(text, "far from over.").speakerMention().text());
    }

    @Test
    void anAdjectiveEndingInEdOpensTheSubject() {
        String text = "Harbour news\n\nThe retired engineer began by talking about the harbour, saying the water is now "
                + "\"cleaner than ever.\"";
        assertEquals("The retired engineer", with(text, "cleaner than ever.").speakerMention().text());
    }

    @Test
    void aQuoteClosingWithoutPunctuationTakesTheAttributionAfterIt() {
        String text = "Harbour news\n\n\"The quay is a battle of niches\" Grubbs said. \"It works.\"";
        ExtractedStatement s = with(text, "battle of niches");
        assertEquals("Grubbs", s.speakerName());
        assertEquals("trailing-cue", s.sieve());
    }

    @Test
    void someVerbsAttributeOnlyRightAfterAQuote() {
        String text = "Harbour news\n\n\"We are thrilled!\" beamed Anna Holt, who came early.\n\n"
                + "\"We will not move,\" the letter read.\n\nShe read the report twice and laughed at the idea.";
        assertEquals("Anna Holt", with(text, "We are thrilled!").speakerName());
        assertEquals("the letter", with(text, "We will not move").speakerMention().text());
        assertEquals(2, Extracted.all(text).size(), "`read` and `laughed` introduce nothing on their own");
    }
}
