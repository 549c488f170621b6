package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headline clauses, `what X called "..."`, quotes continued across a participle clause, `"A" if ..., said X`, and
 * pronouns whose antecedent is the subject of the sentence before. Invented text.
 */
class ClauseAndSalienceRulesTest {

    private final StatementExtractor extractor = new StatementExtractor();

    private static String content(String text, ExtractedStatement s) {
        return text.substring(s.content().start(), s.content().end()); // ASCII text: code points are chars
    }

    @Test
    void aHeadlineQuoteAfterAVerbOfSayingTakesTheHeadlinesClause() {
        String text = "Fishers Slam Harbour Plan As A 'Slow Disaster.'\n\n"
                + "The harbour plan is a slow disaster for the fleet, said Orla Quinn, who chairs the fishers' guild.\n";
        ExtractedStatement s = with(text, "Slow Disaster.");
        assertEquals("headline", s.sieve());
        assertEquals("Harbour Plan As A 'Slow Disaster.'", content(text, s));
        assertEquals("Slam", s.cue().text());
        assertEquals("Orla Quinn", s.speakerName());
    }

    @Test
    void whatSomeoneCalledStartsTheReportedClause() {
        String text = "The minister rejected what she called \"a campaign of half-truths\" by the opposition.";
        ExtractedStatement s = with(text, "a campaign of half-truths");
        assertEquals("what she called \"a campaign of half-truths\" by the opposition", content(text, s));
    }

    @Test
    void aParticipleClauseAfterTheAttributionDoesNotSplitTheQuote() {
        String text = "\"We will rebuild the pier,\" Quinn said, stressing that the money was already there. "
                + "\"Nobody will lose a mooring.\"";
        List<ExtractedStatement> sts = extractor.extract(text);
        ExtractedStatement s = with(text, "We will rebuild the pier");
        assertEquals(2, s.segments().size(), sts.toString());
        assertEquals("Quinn", s.speakerName());
    }

    @Test
    void aClauseBetweenTheQuoteAndAnInvertedCueBelongsToTheStatement() {
        String text = "Turnout was low in the north.\n"
                + "\"Most people would call that a failure\" if the vote went the other way, said Ruben Marsh, "
                + "an analyst at the Harbour Institute.";
        ExtractedStatement s = with(text, "Most people would call that a failure");
        assertEquals("Ruben Marsh", s.speakerName());
        assertEquals(StatementKind.PARTIAL, s.kind());
        assertEquals("\"Most people would call that a failure\" if the vote went the other way", content(text, s));
    }

    @Test
    void aPronounGoesToThePersonTheSentenceBeforeIsAbout() {
        String text = "\"We did it,\" said Ana Ruiz after the vote.\n\n"
                + "On Monday night, Ruiz campaign manager Tom Barker released a memo to donors.\n\n"
                + "In it, he says Ruiz has \"built a lead that cannot be closed.\"\n";
        assertEquals("Tom Barker", with(text, "built a lead that cannot be closed.").speakerName());
    }

    @Test
    void aPronounKeepsTheLastSpeakerWhenTheSentenceBeforeIsAboutSomethingElse() {
        String text = "\"We did it,\" said Ana Ruiz after the vote.\n\n"
                + "The count took four hours and ended after midnight.\n\n"
                + "\"It was worth the wait,\" she said.\n";
        assertEquals("Ana Ruiz", with(text, "It was worth the wait").speakerName());
    }

    @Test
    void anAbbreviatedTitleNamesTheHolderOfTheFullTitle() {
        String text = "Sen. Nora Vale, R-Ore., spoke after the vote. Nothing in the bill \"will bring back a single job,\" "
                + "the Oregon senator said.";
        ExtractedStatement s = with(text, "will bring back a single job");
        assertEquals("the Oregon senator", s.speakerMention().text());
        assertEquals("Nora Vale", s.speakerName());
    }

    @Test
    void aQuestionPutToSomeoneIsAnAttributionWithoutANamedAsker() {
        String text = "Asked whether she would run again, Vale said she had not decided.";
        ExtractedStatement s = with(text, "whether she would run again");
        assertEquals("question", s.sieve());
        assertEquals("Asked", s.cue().text());
        assertEquals(null, s.speakerName());
        assertEquals("Vale", with(text, "she had not decided").speakerName());
    }

    @Test
    void anAgeAndAnAppositiveWithAParticipleKeepTheNameAsSubject() {
        String text = "Park Plans Stir Valley\n\n"
                + "Mira Sexton, a creative writing teacher, said she holds the valley \"very near to my heart.\"\n\n"
                + "Lena Ortiz, 35, the daughter of the former mayor, said on Monday that the park \"will stay open.\"\n";
        assertEquals("Mira Sexton", with(text, "very near to my heart.").speakerName());
        assertEquals("Lena Ortiz", with(text, "will stay open.").speakerName());
    }

    @Test
    void aQuantifierAloneIsTheSubject() {
        String text = "The council met residents on Monday.\nSeveral said the plan \"came far too late.\"";
        ExtractedStatement s = with(text, "came far too late.");
        assertEquals("Several", s.speakerMention().text());
        assertEquals(null, s.speakerName()); // unnamed people: never a speaker name
    }
}
