package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n67f, rules single-mark-before-cue ({@link SingleMarkCues}) and inverted-cue-after-quote ({@link
 * QuoteCandidate}): in copy that quotes in double marks, a short single-marked stretch followed right away by a verb
 * of saying and its subject is a quote (`was 'unanimous' said the board`), and a quote closing without a comma inside
 * its sentence takes such an inverted attribution; a nickname in single marks that the sentence goes on with
 * (`the 'Big Four' said on Monday`) stays none. Invented text.
 */
class SingleMarkCueRulesTest {

    private static final String LONG = " The club said in a statement that it would elect a new president at a meeting"
            + " of all its members later in the month, and that the treasurer would lead the club until then.";

    @Test
    void aSingleMarkedWordBeforeAnInvertedCue() {
        String text = "Club removes its president\n\n\"We had no choice,\" the club said.\n\nThe Marlow Rowing Club"
                + " on Monday removed Piet Varro as president." + LONG + " The decision was \u2018unanimous\u2019"
                + " said the club board.\n";
        ExtractedStatement s = with(text, "unanimous");
        assertEquals("club board", s.speakerMention().text().replace("the ", ""));
    }

    @Test
    void aDoubleMarkedQuoteWithoutACommaInsideItsSentence() {
        String text = "Vote held\n\nThe harbour board met on Tuesday. The vote was \"close but fair\" said Mayor"
                + " Kees Dorland.\n";
        assertEquals("Kees Dorland", with(text, "close but fair").speakerName());
    }

    @Test
    void aNicknameTheSentenceGoesOnWithStaysNone() {
        String text = "Banks report\n\n\"Rates will rise,\" the bank said." + LONG + " The \u2018Big Four\u2019 said"
                + " on Monday that they would keep their fees. Their \u2018green bonds\u2019 said little.\n";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().equals("Big Four") && !s.text().equals("green bonds"), "no quote wanted: " + s);
        }
    }
}
