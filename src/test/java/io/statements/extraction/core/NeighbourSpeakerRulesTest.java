package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n74e: quotes that were left without a speaker or given a neighbour's name. Rule
 * coordinated-report-continues ({@link ReportedSpeechSieve}): `X thanked Y and said that ...` in a sentence without a
 * quote is the attribution a quote paragraph right after continues. Rule named-characteriser
 * ({@link RelativeCharacterisers}): `X announced A in what Y called "..."` is Y's. Rule full-stop-cue
 * ({@link FullStopCueSieve}): `"... ." Y, a title, said of it.` is Y's, not the speaker before. Rule
 * possessed-claim-clause ({@link PossessedClaimSieve}): `X's public claim that there was "..."` is X's. Invented
 * text.
 */
class NeighbourSpeakerRulesTest {

    @Test
    void aQuoteParagraphContinuesACoordinatedReport() {
        String text = "Ferry talks to resume\n\n"
                + "The ferry link has been shut since March, and the islanders want it back.\n\n"
                + "Governor Maren Tolliver also thanked the harbour board for its patience and said that the talks in"
                + " Lisvik next month would be the right place to settle the timetable.\n\n"
                + "\u201cWe will sit down with the board and agree the sailings there.\u201d\n\n"
                + "The board has said it is ready to talk.";
        assertEquals("Maren Tolliver", with(text, "agree the sailings").speakerName());
    }

    @Test
    void theReportAfterAnotherSpeakersQuoteStaysTheReporters() {
        String text = "Ferry talks to resume\n\n"
                + "\"The sailings will return,\" said Governor Maren Tolliver.\n\n"
                + "Captain Ib Soderholm met the crews and said that the boats were ready.\n\n"
                + "\u201cWe have waited long enough for this.\u201d";
        assertEquals("Ib Soderholm", with(text, "waited long enough").speakerName());
    }

    @Test
    void aNamedCharacteriserKeepsTheQuoteOverTheAnnouncer() {
        String text = "Council leader steps down\n\n"
                + "The council was in uproar after Leader Halvard Brune announced his exit in what opposition chief"
                + " Sunniva Rask called a move \u201cto fool the ratepayers.\u201d";
        assertEquals("Sunniva Rask", with(text, "to fool the ratepayers").speakerName());
    }

    @Test
    void aPronounCharacteriserStillGoesToTheMainClause() {
        String text = "Council leader steps down\n\n"
                + "Sunniva Rask said the leader had quit over what she called \"a mess of his making.\"";
        assertEquals("Sunniva Rask", with(text, "a mess of his making").speakerName());
    }

    @Test
    void aFullStopBeforeANamedFrameGivesTheFrameSpeaker() {
        String text = "Verdict in harbour case\n\n"
                + "\"We stood up in that room every day and said what happened,\" Tomas Lindqvist added.\n\n"
                + "\"This proves that honest people still win. I thank every one of them.\" Greta Holmsen, the"
                + " sister of one of the crew, said of the jurors.";
        assertEquals("Greta Holmsen", with(text, "honest people still win").speakerName());
        assertEquals("Tomas Lindqvist", with(text, "said what happened").speakerName());
    }

    @Test
    void aFrameWithItsOwnClauseIsNoFrame() {
        String text = "Verdict in harbour case\n\n"
                + "\"We stood up in that room every day and said what happened,\" Tomas Lindqvist added.\n\n"
                + "\"And we will do it again.\" Greta Holmsen said the jurors had been fair.";
        assertEquals("Tomas Lindqvist", with(text, "do it again").speakerName());
    }

    @Test
    void aPossessedStatementClauseIsTheOwners() {
        String text = "Mill to close\n\n"
                + "After a week of hard words from the shire, including Mayor Ingrid Falk's public claim that"
                + " there was \"not a cent more for the mill\" Mr Osric Vane would not blame the shire.";
        assertEquals("Ingrid Falk", with(text, "not a cent more").speakerName());
    }

    @Test
    void aPossessedNounWithoutAThatClauseIsNoClaim() {
        String text = "Mill to close\n\n"
                + "Osric Vane, the mill's owner, spoke at length. Mayor Ingrid Falk's statement on the \"sad day"
                + " for the valley\" came an hour later.";
        for (ExtractedStatement s : Extracted.all(text)) {
            if (s.text().contains("sad day for the valley")) {
                assertEquals(false, "possessed-claim".equals(s.sieve()));
            }
        }
    }
}
