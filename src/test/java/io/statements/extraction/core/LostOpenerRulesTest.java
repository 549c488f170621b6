package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n51d, rule lost-opener ({@link LostOpeners}): a paragraph whose opening mark the web copy lost, its quote
 * closed by `,"` before a verb of saying, is a quote from the paragraph's first word, and the speaker's next quote
 * goes on with it. Not a paragraph whose first mark closes after a full stop, nor one with no verb of saying after
 * the closer. Invented text.
 */
class LostOpenerRulesTest {

    @Test
    void aParagraphThatLostItsOpeningMarkIsTheSpeakersQuote() {
        String text = "Market blast in Torvald\n\nThere was a flash and then the roof came down on the stalls,\u201d "
                + "fishmonger Ilse Brandvold, who was at her stall, told the Herald. \u201cThe second bang was the worst.\u201d\n";
        ExtractedStatement first = with(text, "There was a flash");
        assertEquals("Ilse Brandvold", first.speakerName(), first.toString());
        ExtractedStatement second = with(text, "The second bang");
        assertEquals("Ilse Brandvold", second.speakerName(), second.toString());
    }

    @Test
    void plainMarksAndSaidBeforeTheName() {
        ExtractedStatement s = with("Rally blast\n\nAs the speakers walked down from the stage a man pushed towards "
                + "them and set off the device,\" said Corwin Adeyemi, a police constable.\n", "As the speakers walked");
        assertEquals("Corwin Adeyemi", s.speakerName(), s.toString());
    }

    @Test
    void noVerbOfSayingAfterTheCloserIsNoQuote() {
        String text = "Shop reopens\n\nBread, milk, eggs, candles and the Sunday papers,\u201d has been the stock list "
                + "in the window for forty years.\n\nNothing has changed since the day my grandfather opened the doors.\u201d\n";
        assertTrue(all(text).stream().noneMatch(s -> s.text().contains("Bread, milk") || s.text().contains("Nothing has")),
                all(text).toString());
    }
}
