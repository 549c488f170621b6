package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/** The resolved speaker is a name, never a title, a document or a pronoun (invented sentences, one rule each). */
class SpeakerNameRulesTest {

    private final StatementExtractor extractor = new StatementExtractor();

    private ExtractedStatement with(String text, String words) {
        List<ExtractedStatement> sts = extractor.extract(text);
        for (ExtractedStatement s : sts) {
            if (StatementExtractorTest.hasSegment(s, words)) {
                return s;
            }
        }
        fail("no statement <" + words + "> in " + sts);
        return null;
    }

    @Test
    void aTitleWithANameInAppositionResolvesToThePerson() {
        String text = "\"The vote was never in doubt,\" the mayor, Anna Holt, told reporters.";
        ExtractedStatement s = with(text, "The vote was never in doubt,");
        assertEquals("Anna Holt", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
        assertEquals("the mayor, Anna Holt", s.speakerMention().text());
    }

    @Test
    void aTitleOnlyMentionResolvesToThePersonTheArticleGaveTheTitleTo() {
        String text = "Press secretary Helen Marsh spoke on Thursday.\n\n"
                + "\"We are not walking away from the table,\" the press secretary said.";
        ExtractedStatement s = with(text, "We are not walking away from the table,");
        assertEquals("Helen Marsh", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void aTitleGivenAfterTheNameCountsToo() {
        String text = "Anna Holt, the city's mayor, opened the session.\n\n"
                + "\"We will hire forty teachers this year,\" the mayor said.";
        assertEquals("Anna Holt", with(text, "We will hire forty teachers this year,").speakerName());
    }

    @Test
    void aTitleNobodyWasNamedWithStaysAPersonNeverAGroup() {
        String text = "\"Great progress with our neighbours to the north,\" the president said.";
        ExtractedStatement s = with(text, "Great progress with our neighbours to the north,");
        assertEquals("president", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void aDocumentWhoseAuthorIsNotNamedIsUnresolvedNotTheNearestOrganisation() {
        String text = "The Riverside Council met on Monday to discuss the bridge.\n\n"
                + "\"Nobody was warned about the flooding,\" the video says.";
        ExtractedStatement s = with(text, "Nobody was warned about the flooding,");
        assertEquals("the video", s.speakerMention().text());
        assertNull(s.speakerName());
    }

    @Test
    void aDocumentResolvesToItsAuthorNamedEarlier() {
        String text = "In a letter sent to the council, Priya Natarajan said the plan was late.\n\n"
                + "\"The hiring plan comes two years too late,\" the letter said.";
        assertEquals("Priya Natarajan", with(text, "The hiring plan comes two years too late,").speakerName());
    }

    @Test
    void aCapitalisedTitleInAHeadlineResolvesFromTheBody() {
        String text = "Mayor Says Budget Vote 'Was Never In Doubt'\n\n"
                + "Mayor Anna Holt said the budget vote \"was never in doubt\" after the council met.";
        ExtractedStatement headline = extractor.extract(text).get(0);
        assertEquals("Anna Holt", headline.speakerName());
    }

    @Test
    void aPronounAgreesInGenderAcrossParagraphs() {
        String text = "Mayor Anna Holt presented the budget on Tuesday.\n\n"
                + "\"We are spending money we do not have,\" Daniel Reyes said.\n\n"
                + "She later added that the city would \"keep every promise it made to families.\"";
        ExtractedStatement s = with(text, "keep every promise it made to families.");
        assertEquals("She", s.speakerMention().text());
        assertEquals("Anna Holt", s.speakerName());
    }

    @Test
    void anHonorificGivesTheGenderOfANameTheListDoesNotKnow() {
        String text = "Mrs. Okonkwo-Bauer chairs the housing board.\n\n"
                + "\"We need four hundred new homes,\" Thomas Lindgren said.\n\n"
                + "She said the board would \"vote on the plan in March.\"";
        assertEquals("Okonkwo-Bauer", with(text, "vote on the plan in March.").speakerName());
    }
}
