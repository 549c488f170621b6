package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session extraction10: the "speakers by name" list of issue 12 checked on invented text; each case here failed
 * before: `The ministry said` opening a sentence, `the army` for a Defence Force, a compound title (`harbour
 * master`), a document whose issuer a sentence before names (`X sent a letter ... the letter said`), a document
 * with nobody named (`a tweet read`: it once matched any organisation holding the letter `a`), and `they` for people
 * named together.
 */
class SpeakerNameCheckRulesTest {

    @Test
    void theMinistryOpeningASentenceIsTheMinistryNamedBefore() {
        ExtractedStatement s = with("Ferry news\n\nThe Ministry of Transport said on Wednesday that the decision was"
                + " final. The ministry said it would \"review the timetable in the spring.\"", "review the timetable");
        assertEquals("Ministry of Transport", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }

    @Test
    void theArmyIsTheDefenceForceNamedBefore() {
        ExtractedStatement s = with("Ferry news\n\nThe Island Defence Force moved two boats to the quay. The army"
                + " said it would \"stay as long as needed.\"", "stay as long");
        assertEquals("Island Defence Force", s.speakerName());
    }

    @Test
    void aCompoundTitleResolvesToItsHolder() {
        ExtractedStatement s = with("Ferry news\n\nHarbour master Tom Reyes inspected the gates on Monday.\n\nThe"
                + " harbour master said the gates were \"in perfect working order.\"", "perfect working order");
        assertEquals("Tom Reyes", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void aDocumentIsItsIssuersWhenASentenceBeforeNamesThem() {
        ExtractedStatement s = with("Port authority answers critics\n\nThe Harbour Board sent a letter to residents"
                + " on Friday. \"The gates are safe and were tested in March,\" the letter said.", "gates are safe");
        assertEquals("the letter", s.speakerMention().text());
        assertEquals("Harbour Board", s.speakerName());
        ExtractedStatement t = with("Port rows on\n\nCouncillor Ida Berg posted a tweet on Monday evening.\n\n\"The"
                + " board has ignored the islanders for years,\" the tweet read.", "ignored the islanders");
        assertEquals("Ida Berg", t.speakerName());
        assertEquals(Channel.TWEET, t.channel());
    }

    @Test
    void aDocumentNobodyIsNamedForStaysUnresolved() {
        ExtractedStatement s = with("Port news\n\nThe Harbour Board met on Friday.\n\n\"Nobody on this island trusts"
                + " the board any more,\" a tweet read on Tuesday.", "Nobody on this island");
        assertEquals("a tweet", s.speakerMention().text());
        assertNull(s.speakerName());
    }

    @Test
    void theyArePeopleJustNamedTogether() {
        ExtractedStatement s = with("Ferry news\n\nThe Island Defence Force moved two boats to the quay.\n\nTom Reyes"
                + " and Ida Berg spoke to reporters. They said the quay was \"safe for now.\"", "safe for now");
        assertEquals("Tom Reyes and Ida Berg", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
    }

    @Test
    void aConjunctionIsNeverOneNewSpeaker() {
        assertFalse(SpeakerNames.isName("Tom Reyes and Ida Berg", SpeakerKind.GROUP));
        assertFalse(SpeakerNames.isName("Tom Reyes and Ida Berg", SpeakerKind.PERSON));
        assertFalse(SpeakerNames.isName("Reyes & Berg", SpeakerKind.GROUP));
        assertFalse(SpeakerNames.isName("the Senate and the House", SpeakerKind.ORGANIZATION));
        assertFalse(SpeakerNames.isName("Harbour Council and Port Authority", SpeakerKind.ORGANIZATION));
        assertTrue(SpeakerNames.isName("Department of Ports and Coastal Services", SpeakerKind.ORGANIZATION));
        assertTrue(SpeakerNames.isName("Reyes & Berg Shipping", SpeakerKind.ORGANIZATION));
    }
}
