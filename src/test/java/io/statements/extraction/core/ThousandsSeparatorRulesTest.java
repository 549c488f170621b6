package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comma between digits is a thousands separator, not a clause break (session extraction11): before, `4,000
 * people` made a clause `000 people` with its own speaker. Invented sentences.
 */
class ThousandsSeparatorRulesTest {

    @Test
    void aNumberWithAThousandsSeparatorIsOneWord() {
        List<ExtractedStatement> sts = all("According to the harbour office, more than 4,000 people have called to "
                + "complain about the ferry fares.");
        assertEquals(1, sts.size(), sts.toString());
        assertEquals("harbour office", sts.get(0).speakerName());
        assertTrue(sts.get(0).text().startsWith("more than 4,000 people"), sts.get(0).text());
    }

    @Test
    void aHedgedNumberIsTheSubjectOfAVerbOfSaying() {
        ExtractedStatement s = with("Since the vote, at least 12,500 said they would sign the petition.",
                "they would sign the petition");
        assertEquals("at least 12,500", s.speakerMention().text());
    }

    @Test
    void aYearAfterAPrepositionIsNoSubject() {
        ExtractedStatement s = with("The mayor, in 2019, said the quay would reopen.", "the quay would reopen");
        assertTrue(s.speakerMention().text().startsWith("The mayor"), s.speakerMention().text());
    }
}
