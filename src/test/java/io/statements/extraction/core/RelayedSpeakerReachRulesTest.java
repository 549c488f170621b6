package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n75a, the person quoted is the speaker however far the relay's words keep the name from `as saying`: rules
 * relayed-name-with-modifier (`quoted Ida Berg, head of the board, as saying`, `quoted Berg recorded at a meeting as
 * saying`) and the passive with a phrase or a long appositive (`"...," X was cited in the ministry's statement as
 * saying`, `"...," Dr. X, the director of the Y's Z division was quoted as saying`). Before, the quoter or the
 * statement got the quote. Invented text; the near-misses (a name right before `as`, a relay after a quote) do not
 * change.
 */
class RelayedSpeakerReachRulesTest {

    private static final String TEXT = "Ferry sale on hold\n\n"
            + "The Gazette quoted Ida Berg recorded during a council meeting as saying, \"We will not sell the ferries"
            + " for nothing.\"\n\n"
            + "Tom Reyes quoted Mara Venn, the head of the harbour board, as saying: \"The board is studying the"
            + " report and has not decided.\"\n\n"
            + "\"We are expecting the worst winter in a decade,\" Director of Ports Omar Lind was cited in the"
            + " ministry statement as saying.\n\n"
            + "\"We cannot keep the old hulls afloat much longer,\" Dr. Lena Ortiz, chief of the boats at the"
            + " Harbour Board (HB) and its two yards was quoted as saying on a tour of the docks.\n\n"
            + "\"The yard will stay open through the spring,\" Carl Moss was quoted by the Courier as saying.";

    @Test
    void aNameWithAParticiplePhraseBeforeAsSayingIsQuoted() {
        assertEquals("Ida Berg", with(TEXT, "sell the ferries for nothing").speakerName());
    }

    @Test
    void aNameWithAnAppositiveBeforeAsSayingIsQuoted() {
        assertEquals("Mara Venn", with(TEXT, "studying the report").speakerName());
    }

    @Test
    void thePassiveWithAPhraseBeforeAsSayingKeepsItsSubject() {
        assertEquals("Omar Lind", with(TEXT, "worst winter in a decade").speakerName());
    }

    @Test
    void thePassiveAfterALongOpenAppositiveKeepsTheName() {
        assertEquals("Lena Ortiz", with(TEXT, "old hulls afloat").speakerName());
    }

    @Test
    void thePassiveWithItsAgentStillKeepsItsSubject() {
        assertEquals("Carl Moss", with(TEXT, "stay open through the spring").speakerName());
    }

    private static final String NEAR = "Ferry sale on hold\n\n"
            + "The Courier quoted Mayor Ida Berg as saying, \"The sale is off until the board reports.\"\n\n"
            + "\"We have the buyers lined up,\" Rosa Quill said, quoting the broker as saying the price was fair.";

    @Test
    void aNameRightBeforeAsSayingStaysTheWalkBacks() {
        assertEquals("Ida Berg", with(NEAR, "sale is off until").speakerName());
    }

    @Test
    void aQuoteBeforeTheRelayStaysTheSpeakers() {
        assertEquals("Rosa Quill", with(NEAR, "buyers lined up").speakerName());
    }
}
