package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n67b: documents whose author the sentence does not sign. Rules shouted-adverb ({@link ShoutedWords}),
 * unsigned-release-story-actor ({@link StoryActors}), described-body-issuer ({@link DocumentIssuers}),
 * named-head-body ({@link NamedHeadBodies}) and comes-after-document ({@link EventSequels}). Invented text.
 */
class UnsignedDocumentRulesTest {

    private static final String ROWING = "Rowing Norland's chief Mara Dunn and whole board step down\n\n"
            + "Big changes at Rowing Norland have come at last.\n\n"
            + "Chief executive Mara Dunn has left the national rowing body, effective at once.\n\n"
            + "Rowing Norland has been under fire from its clubs since the spring.\n\n";

    @Test
    void aShoutedAdverbIsNoSpeakerLabel() {
        String text = "FINALLY: " + ROWING + "Rowing Norland will meet in May, Dunn said.";
        for (ExtractedStatement st : all(text)) {
            assertNotEquals("Finally", st.speakerName());
            assertNotEquals("FINALLY", st.speakerName());
        }
    }

    @Test
    void anUnsignedNewsReleaseIsTheStorysBody() {
        String text = "FINALLY: " + ROWING
                + "The six other members of Rowing Norland's board have \"agreed to leave their seats,\" a news release "
                + "confirmed.\n\n"
                + "\"A caretaker panel will run the body\" until \"a new board picks a chief,\" the news release said.";
        assertEquals("Rowing Norland", with(text, "agreed to leave their seats").speakerName());
        assertEquals("Rowing Norland", with(text, "A caretaker panel will run the body").speakerName());
    }

    @Test
    void aSignedReleaseKeepsItsAuthor() {
        String text = ROWING + "\"We wish the board well,\" said a news release from the Ostby Sculling Club.";
        assertEquals("Ostby Sculling Club", with(text, "We wish the board well").speakerName());
    }

    @Test
    void anUnsignedReportIsNotTheStorysBody() {
        String text = ROWING + "\"The board failed its rowers for years,\" a report said.";
        assertNotEquals("Rowing Norland", with(text, "The board failed its rowers for years").speakerName());
    }

    @Test
    void aReportTheCompanyPublishedIsNotTheSentencesSpeaker() {
        String text = "Tallow Mills chief quits\n\n"
                + "Tallow Mills chief Oren Vasko said he would quit, while the company published an overdue report "
                + "on the faked test results.\n\n"
                + "Tallow Mills had \"deep flaws\" in how it checked its cloth, the report admitted.";
        assertNotEquals("Oren Vasko", with(text, "deep flaws").speakerName());
    }

    @Test
    void aReportThePersonPublishedIsTheirs() {
        String text = "Tallow Mills chief quits\n\n"
                + "Tallow Mills chief Oren Vasko on Monday published an overdue report on the faked test results.\n\n"
                + "Tallow Mills had \"deep flaws\" in how it checked its cloth, the report admitted.";
        assertEquals("Oren Vasko", with(text, "deep flaws").speakerName());
    }

    private static final String LODGE = "Police in Norland held six people after a blaze killed 40 guests at a "
            + "mountain lodge, minister Pavel Drozd said on Monday.\n\n"
            + "The blaze broke out at the Silver Fir Hotel in the Oskara valley.\n\n";

    @Test
    void theHotelIsTheHotelNamedBefore() {
        String text = LODGE + "The hotel voiced deep regret in a statement on Monday.\n\n"
                + "\"We are working with the authorities to find out what happened,\" the statement said.";
        assertEquals("Silver Fir Hotel", with(text, "deep regret").speakerName());
        assertEquals("Silver Fir Hotel", with(text, "We are working with the authorities").speakerName());
    }

    @Test
    void theHotelWithNoHotelNamedStaysADescription() {
        String text = "Police in Norland held six people after a blaze killed 40 guests, minister Pavel Drozd said.\n\n"
                + "The hotel voiced deep regret in a statement on Monday.";
        String name = with(text, "deep regret").speakerName();
        assertTrue(name == null || name.equals("hotel"), name);
    }

    private static final String TRUST = "Harbour trust put under special watch\n\n"
            + "The Tarnside harbour trust has been put under special watch.\n\n";

    @Test
    void aReportAfterComesIsItsOwnSubject() {
        String text = TRUST + "The move comes after a Ledger Audit Office report found \"grave failings\" at the trust.";
        assertEquals("Ledger Audit Office", with(text, "grave failings").speakerName());
    }

    @Test
    void aReportAfterCameSoonIsItsOwnSubject() {
        String text = TRUST + "The step came soon after a Ledger Audit Office report found \"grave failings\" at the trust.";
        assertEquals("Ledger Audit Office", with(text, "grave failings").speakerName());
    }

    @Test
    void aPersonOfABodyKeepsTheWholePhrase() {
        String text = TRUST + "The chair of the Tarnside harbour trust said the watch was \"no surprise at all\".";
        assertNotEquals("Tarnside", with(text, "no surprise at all").speakerName());
        String named = TRUST + "Ida Holm of the Tarnside harbour trust said the watch was \"no surprise at all\".";
        assertEquals("Ida Holm", with(named, "no surprise at all").speakerName());
    }
}
