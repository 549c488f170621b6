package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction9: verbs of characterisation and judgement make reported speech without quotation marks
 * (`Words.WEAK_INDIRECT`: described, expressed, questioned, attacked, touted, hailed, labeled, dubbed, likened,
 * defends, rejects, dismisses, welcomed, ...; verbs of proposal and condemnation: proposed, sought, offered, supported,
 * decried, lambasted, applauded, ...), with the clause after the verb as the content; in the passive (`X was
 * criticized by Y`) the agent is the source and the subject the content. Invented text.
 */
class WeakReportRulesTest {

    private static final String TEXT = "Ferry news\n\n"
            + "Councillor Tom Lund described the harbour talks as a waste of everyone's time.\n\n"
            + "The ferry workers expressed concern that the new timetable ignores the night shift.\n\n"
            + "The council hailed the deal with the Westhaven shipyard.\n\n"
            + "Mayor Ida Berg dismissed the plan as too costly for the town.\n\n"
            + "The harbour union decried the new rota as unfair to night crews.\n\n"
            + "Councillor Nora Falk proposed a second ferry for the winter months.\n\n"
            + "The new timetable was criticized by the harbour union for ignoring the night shift.\n\n"
            + "The fare rise was approved by Friday.\n\n"
            + "Harbour master Jon Ekker announced his retirement.\n\n"
            + "The board believes it.\n\n"
            + "Ida Falk pointed out that the ferry had never been late.";

    private static void assertReport(String content, String cue, String mention) {
        ExtractedStatement s = with(TEXT, content);
        assertEquals(content, s.text());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals(cue, s.cue().text());
        assertEquals(mention, s.speakerMention().text());
        assertEquals("reported-speech", s.sieve());
    }

    @Test
    void aCharacterisationIsReportedSpeech() {
        assertReport("the harbour talks as a waste of everyone's time", "described", "Councillor Tom Lund");
        assertReport("the plan as too costly for the town", "dismissed", "Mayor Ida Berg");
    }

    @Test
    void anExpressedAttitudeIsReportedSpeech() {
        assertReport("concern that the new timetable ignores the night shift", "expressed", "The ferry workers");
    }

    @Test
    void praiseOfAThingIsReportedSpeech() {
        assertReport("the deal with the Westhaven shipyard", "hailed", "The council");
    }

    @Test
    void aProposalOrACondemnationIsReportedSpeech() {
        assertReport("the new rota as unfair to night crews", "decried", "The harbour union");
        assertReport("a second ferry for the winter months", "proposed", "Councillor Nora Falk");
    }

    @Test
    void inThePassiveTheAgentIsTheSourceAndTheSubjectTheContent() {
        assertReport("The new timetable", "criticized", "the harbour union");
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().contains("fare rise")), "a deadline is no agent");
    }

    @Test
    void aVerbOfSayingNeedsTwoWordsAWeakCueThree() {
        ExtractedStatement s = with(TEXT, "his retirement");
        assertEquals("his retirement", s.text());
        assertEquals("Jon Ekker", s.speakerName());
        assertTrue(all(TEXT).stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("believes")));
    }

    @Test
    void pointedOutIsACueWithItsParticle() {
        assertReport("the ferry had never been late", "pointed", "Ida Falk");
    }
}
