package io.statements.extraction.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n49c, quote marks as web copy writes them: rule closer-without-reopening (`QuotePairing`: a quote left open
 * at a paragraph's end runs on through the next paragraph when that one closes it without reopening) and rule
 * wrapped-lines (`WrappedLines`: in a text wrapped at a fixed width a line break inside a sentence is no paragraph).
 * Invented text.
 */
class WebCopyMarksRulesTest {

    @Test
    void aParagraphThatClosesWithoutReopeningContinuesTheQuote() {
        String text = "Minister quits\n\nThe fisheries minister, Halvard Sund, resigned on Friday. Sund said:\n\n"
                + "\u201cI have served the coast for eleven years and I leave it with a clear conscience.\n\n"
                + "The new season will need a minister who has the trust of every harbour, and that is no longer me.\u201d\n";
        ExtractedStatement s = with(text, "The new season will need a minister");
        assertEquals("Halvard Sund", s.speakerName());
        assertTrue(s.text().contains("I have served the coast"), s.text());
    }

    @Test
    void aSignedPullQuoteStaysTheQuoteAlone() {
        String text = "Rates\n\nThe bank held rates on Tuesday.\n\n"
                + "\"Households will feel the squeeze for a long while yet, whatever the bank does next.\n"
                + "Dana Reyes, an economist.\"\n\nMarkets barely moved.";
        ExtractedStatement s = with(text, "Households will feel the squeeze");
        assertFalse(s.text().contains("Dana Reyes"), s.text());
    }

    @Test
    void aParagraphWithNoMarkEndsTheQuote() {
        String text = "Budget\n\nThe finance chief, Dorota Wilk, said the budget \"could not be balanced without"
                + " closing libraries\n\nThe council leader, Anselm Roth, promised to find the money elsewhere and"
                + " vowed that every branch would stay open for at least another four years.";
        ExtractedStatement s = with(text, "could not be balanced");
        assertFalse(s.text().contains("council leader"), s.text());
    }

    @Test
    void aWrappedLineBreakIsNoParagraph() {
        String text = "Court sentences former premier\n\n"
                + "KORSAN, May 9 (Wire) - A court in Korsan on Friday sentenced former\n"
                + "premier Ilya Borovets to life in prison for ordering the arrest of\n"
                + "opposition leaders during his time in office.\n"
                + "Justice Minister Sabina Kral said on Friday that Borovets \"is facing\n"
                + "the punishment the law prescribes for such crimes.\"\n"
                + "\"This verdict is not about one man, but about a whole decade of fear\n"
                + "in our country,\" Kral said in a televised address.\n"
                + "The defence said it would appeal.\n";
        assertEquals("Sabina Kral", with(text, "the punishment the law prescribes").speakerName());
        assertTrue(with(text, "This verdict is not").text().contains("in our country"));
    }

    @Test
    void shortLinesStayParagraphs() {
        String text = "Vote\n\nOnly the mayor\nspoke against the motion.\nThree members\nabstained.\n"
                + "The council leader said the vote was \"a defeat for the cynics\" and left.\n";
        List<ExtractedStatement> all = Extracted.all(text);
        assertTrue(all.stream().noneMatch(s -> s.text().contains("abstained")), all.toString());
        assertTrue(WrappedLines.wraps(text) == null);
    }
}
