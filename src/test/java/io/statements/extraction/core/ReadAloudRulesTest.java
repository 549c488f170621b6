package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n67e, rule reader-is-no-author (now in {@link ReadAloudAuthors}): a lawyer or a spokesman reading
 * someone's statement aloud lends the voice, not the words: `"...," Dunn said, reading from Varga's statement`, `"...," Dunn
 * read` after `Her lawyer, Ray Dunn, read the statement`, `"...," read Dunn` after `In a letter read out by her lawyer
 * Ray Dunn, ...`. Near-misses: the reader's own words afterwards, a person reading her own statement, a reader whose
 * principal the text never names. Invented text.
 */
class ReadAloudRulesTest {

    private static final String RESIGNATION = "Mayor of Lorvik resigns\n\n"
            + "Lorvik Mayor Helena Varga resigned on Thursday amid a scandal over contracts given to a friend's firm.\n\n"
            + "Her lawyer, Ray Dunn, read out the brief statement during a news conference that afternoon.\n\n";

    @Test
    void readingFromSomeonesStatementGivesTheAuthor() {
        String text = RESIGNATION + "\"Today I am handing my written resignation to the city council,\" Dunn said, "
                + "reading from Varga's written statement.";
        assertEquals("Helena Varga", with(text, "Today I am handing my written").speakerName());
    }

    @Test
    void aReaderIntroducedAsHerLawyerReadsHerWords() {
        String text = RESIGNATION + "\"Lorvik deserves a mayor who can take the city forward,\" Dunn read.";
        assertEquals("Helena Varga", with(text, "Lorvik deserves a mayor").speakerName());
        String inverted = "Mayor of Lorvik resigns\n\nLorvik Mayor Helena Varga has resigned after weeks of inquiries.\n\n"
                + "In a letter read out by her lawyer Ray Dunn at a news conference, Varga said she was stepping down.\n\n"
                + "\"Dear people of Lorvik, thank you for letting me serve as your mayor,\" read Dunn.";
        assertEquals("Helena Varga", with(inverted, "Dear people of Lorvik").speakerName());
    }

    @Test
    void theReadersOwnWordsStayHis() {
        String text = RESIGNATION + "\"I will not take questions today,\" Dunn said afterwards.";
        assertEquals("Ray Dunn", with(text, "I will not take questions").speakerName());
    }

    @Test
    void aReaderWithNoPrincipalNamedKeepsTheQuote() {
        String text = "Ceremony\n\nThe poet Ray Dunn read a short statement at the opening of the library.\n\n"
                + "\"Books are the town's memory,\" Dunn read.";
        assertEquals("Ray Dunn", with(text, "Books are the town's memory").speakerName());
    }
}
