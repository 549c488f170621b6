package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: an absolute participle after `with` (`..., with one of her posters asking, "..."`, `..., with Reyes
 * recently promising to "..."`, `..., with 30 percent of crews saying ...`) is said by the noun phrase after `with`,
 * not by the main clause's subject it hung on. Invented text.
 */
class WithParticipleRulesTest {

    @Test
    void theNounPhraseAfterWithAsksTheQuote() {
        ExtractedStatement s = with("Port news.\n\nIda Berg and her allies tried to tie Reyes to the board, with one of "
                + "her posters asking, \"Is Tom Reyes independent enough to run the port?\"", "independent enough");
        assertEquals("one of her posters", s.speakerMention().text(), s.toString());
    }

    @Test
    void anAdverbBeforeTheParticipleIsSkipped() {
        ExtractedStatement s = with("Port news.\n\nTom Reyes met Ida Berg on Monday.\n\nBerg and Reyes used the "
                + "harshest words, with Reyes recently promising to \"sink the board.\"", "sink the board");
        assertEquals("Reyes", s.speakerMention().text(), s.toString());
        assertEquals("Tom Reyes", s.speakerName(), s.toString());
    }

    @Test
    void aShareAfterWithReportsTheClause() {
        ExtractedStatement s = with("Port news.\n\nMayor Anna Holt has gained ground with the crews, with 30 percent "
                + "of dockers saying they trust her more than the board.", "they trust her");
        assertEquals("30 percent of dockers", s.speakerMention().text(), s.toString());
    }

    @Test
    void aClauseAfterWithIsNoNounPhrase() {
        ExtractedStatement s = with("Port news.\n\nThe board has clashed with what the crews are calling \"a quiet tax "
                + "on every boat.\"", "quiet tax");
        assertEquals("The board", s.speakerMention().text(), s.toString());
    }
}
