package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String text = "Harbour news\n\n\"The quay is a market of small stalls\" Pell said. \"It works.\"";
        ExtractedStatement s = with(text, "market of small stalls");
        assertEquals("Pell", s.speakerName());
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

    @Test
    void anAdverbialBetweenSubjectAndVerbIsNoSubject() {
        String text = "Harbour news\n\nThe Harbour Board three weeks ago said the gates were \"fully tested.\" "
                + "Tom Berg backed the plan for years, but now says it is \"a fiasco.\"";
        assertEquals("Harbour Board", with(text, "fully tested.").speakerName());
        assertEquals("Tom Berg", with(text, "a fiasco.").speakerName());
    }

    @Test
    void aRelativeClauseWithoutCommasBetweenSubjectAndVerb() {
        String text = "Harbour news\n\nA port official who declined to give a name said Wednesday, "
                + "\"There is no deal yet.\" Mayor Anna Holt, who has often described the board as "
                + "\"a club of friends,\" left early.";
        assertEquals("A port official", with(text, "There is no deal yet.").speakerMention().text());
        ExtractedStatement club = with(text, "a club of friends");
        assertEquals("who", club.speakerMention().text());
        assertEquals("Anna Holt", club.speakerName());
    }

    @Test
    void anObjectRelativeClauseKeepsItsOwnSubject() {
        String text = "Harbour news\n\nMayor Anna Holt spoke for an hour. She mocked Tom Berg, who she dubbed "
                + "\"the little harbour master.\"";
        ExtractedStatement s = with(text, "the little harbour master.");
        assertEquals("Anna Holt", s.speakerName());
        assertEquals("she", s.speakerMention().text().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aPrepositionAfterTheVerbIsNoInvertedSubject() {
        String text = "Harbour news\n\nAn adviser to the board said of the mayor, \"She takes the threat seriously.\"";
        assertEquals("An adviser to the board", with(text, "She takes the threat").speakerMention().text());
    }

    @Test
    void aQuoteEndingWithAQuestionMarkKeepsTheAttributionAfterIt() {
        String text = "Harbour news\n\nMayor Anna Holt reported a surplus.\n\n\"Who gave them the keys?\" "
                + "Tom Berg said of the board in February. \"Wow!\" Rep. Ivo Lind, D-Ore., said of the plan.";
        assertEquals("Tom Berg", with(text, "Who gave them the keys?").speakerName());
        assertEquals("Ivo Lind", with(text, "Wow!").speakerName());
    }

    @Test
    void aPhraseOfTimeOrCircumstanceBeforeTheCommaIsNoSubject() {
        String text = "Harbour news\n\nHours later, Mayor Anna Holt issued a statement calling the vote \"a disgrace.\" "
                + "Eight years ago, Tom Berg backed the plan and said, \"It is a gift.\" Reached by phone, Ivo Lind "
                + "denied the report, explaining that he was \"on holiday.\" Over the years, Pim Vries has called "
                + "the board \"a club.\"";
        assertEquals("Anna Holt", with(text, "a disgrace.").speakerName());
        assertEquals("Tom Berg", with(text, "It is a gift.").speakerName());
        assertEquals("Ivo Lind", with(text, "on holiday.").speakerName());
        assertEquals("Pim Vries", with(text, "a club.").speakerName());
    }

    @Test
    void aDatelineWithADateOrAnAgencyIsNoSubject() {
        String text = "Harbour news\n\nWESTHAVEN, Oct. 3 (UPI) -- A spokesman for the board called the claim "
                + "\"absurd.\"\n\nWesthaven (AFP) - Mayor Ilse Norby has taken a swipe at the board, saying that "
                + "\"loose talk\" does harm.";
        assertEquals("A spokesman for the board", with(text, "absurd.").speakerMention().text());
        assertEquals("Ilse Norby", with(text, "loose talk").speakerName());
    }

    @Test
    void aConnectiveAdverbOrAStateAbbreviationAfterAnOpenerIsNoSubject() {
        String text = "Harbour news\n\nMoreover, Tom Berg has said the gates were \"never tested.\" At a meeting in "
                + "Aspen, Colo., the harbour master spoke for an hour, saying the plan was \"a folly.\"";
        assertEquals("Tom Berg", with(text, "never tested.").speakerName());
        assertEquals("the harbour master", with(text, "a folly.").speakerMention().text());
    }

    @Test
    void aSubjectBeforeADashAppositiveOrBeforeAPartyTagAndAComma() {
        String text = "Harbour news\n\nJason Sims \u2014 a teacher from Westhaven \u2014 says he made a late decision and "
                + "that the endorsement was \"a big deal.\"";
        assertEquals("Jason Sims", with(text, "a big deal.").speakerName());
        String tagged = "Harbour news\n\nAfter a long day at the pier, Gov. Ivo Lind (R-Ore.), said, \"I am getting "
                + "ready to leave.\"";
        assertEquals("Ivo Lind", with(tagged, "ready to leave.").speakerName());
    }

    @Test
    void aCoordinatedVerbOfSayingReportsWithTheSentenceSubject() {
        String text = "Harbour news\n\nThe Westhaven councillor spent five years on the board and says such closures "
                + "are reckless. \"We stay,\" said Anna Holt, who chairs the union and who has backed its members since "
                + "2008. \"We always will.\"";
        ExtractedStatement s = with(text, "such closures are reckless");
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("The Westhaven councillor", s.speakerMention().text());
        assertTrue(Extracted.all(text).stream().noneMatch(x -> x.text().contains("its members since")),
                "a weak cue in a relative clause is no statement");
    }
}
