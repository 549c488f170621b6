package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.statements.extraction.core.Extracted.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A pronoun right after a verb of saying is its inverted subject only when no verb of its own follows (session
 * extraction13): `"...," said she.` is, `..., said they had no problem` is not — there the pronoun is the subject of
 * the reported clause, and the sentence's subject stands before the verb. Invented sentences.
 */
class InvertedPronounRulesTest {

    @Test
    void aPronounWithItsOwnVerbIsNoInvertedSpeaker() {
        List<ExtractedStatement> sts = all("Ferry fares will rise.\n\nSome riders who took the ferry over the years, "
                + "on weekdays or at busy holiday weekends, said it had become slower than they remembered.");
        for (ExtractedStatement s : sts) {
            assertFalse(s.speakerMention() != null && s.speakerMention().text().equals("it"), sts.toString());
        }
    }

    @Test
    void aPronounClosingTheSentenceStaysTheInvertedSpeaker() {
        List<ExtractedStatement> sts = all("Ferry fares will rise.\n\nThe boats were simply too old, said she.");
        assertEquals(1, sts.size(), sts.toString());
        assertNotNull(sts.get(0).speakerMention());
        assertEquals("she", sts.get(0).speakerMention().text());
    }
}
