package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction10: subjects the sieves missed or mistook (invented text): a place or a phrase ending in a
 * state's name between commas (`Cory Lane, 22, of Dayton, Ohio, said`), a phrase between commas after a name right
 * after a quote (`"A," Okafor, after a short silence, said`), a progressive with a contracted pronoun (`she's
 * predicting`), a verb of saying hosted by a verb in the past (`refused to say`), and a cue-less quote shown with
 * the nearest sentence subject that names its speaker.
 */
class PlaceAndProgressiveSubjectRulesTest {

    @Test
    void aPlaceBetweenCommasIsNotTheSpeaker() {
        ExtractedStatement s = with("Cory Lane, 22, of Dayton, Ohio, said he still hoped for \"a better way forward\""
                + " on the bridge.", "better way");
        assertEquals("Cory Lane", s.speakerName());
        assertTrue(s.speakerMention().text().startsWith("Cory Lane"));
    }

    @Test
    void aPhraseAboutAPlaceBetweenCommasIsNotTheSpeaker() {
        ExtractedStatement s = with("Council news\n\nMayor Ruth Adler, during a meeting in Akron, Ohio, said she was"
                + " \"going to fix every road in town.\"", "fix every road");
        assertEquals("Ruth Adler", s.speakerName());
    }

    @Test
    void aPhraseBetweenCommasAfterANameStillAttributesTheQuoteBefore() {
        List<ExtractedStatement> sts = all("Ruth Adler spoke first.\n\n\"We found plenty of friends along the coast,\""
                + " Okafor, after a short silence, said of the governor. \"I would be glad to see him here.\"");
        ExtractedStatement s = with("Ruth Adler spoke first.\n\n\"We found plenty of friends along the coast,\""
                + " Okafor, after a short silence, said of the governor. \"I would be glad to see him here.\"", "plenty of friends");
        assertEquals("trailing-cue", s.sieve());
        assertEquals("Okafor", s.speakerName());
        assertTrue(s.text().contains("glad to see him"), s.text());
        assertFalse(sts.stream().anyMatch(x -> x.text().equals("of the governor")), sts.toString());
    }

    @Test
    void aNewClauseAfterTheQuoteStaysOne() {
        ExtractedStatement s = with("\"We lost,\" Okafor said, when the count ended.", "We lost");
        assertEquals("Okafor", s.speakerName());
    }

    @Test
    void aContractedPronounIsTheSubjectOfItsProgressive() {
        ExtractedStatement s = with("Mayor Anna Holt spoke on Monday. And she\u2019s predicting that the fight will"
                + " become \"a long and ugly affair\" for everybody.", "ugly affair");
        assertEquals("Anna Holt", s.speakerName());
        assertEquals("she\u2019s", s.speakerMention().text());
    }

    @Test
    void aVerbInThePastHostsTheInfinitiveOfSaying() {
        ExtractedStatement s = with("Port news\n\nMayor Ruth Adler spoke first. The mayor refused to say whether the"
                + " budget was \"dead on arrival\" in the council.", "dead on arrival");
        assertEquals("The mayor", s.speakerMention().text());
        assertEquals("Ruth Adler", s.speakerName());
    }

    @Test
    void aCuelessQuoteIsShownWithTheNearestSubjectNamingItsSpeaker() {
        String text = "\"The ferry will run,\" Tom Okafor said.\n\nOkafor was careful to stress that the fares would not"
                + " change.\n\n\"Not a cent more for anybody this year.\"";
        ExtractedStatement s = with(text, "Not a cent");
        assertEquals("nearby-speaker", s.sieve());
        assertEquals("Tom Okafor", s.speakerName());
        assertEquals(text.indexOf("Okafor was"), s.speakerMention().start());
    }
}
