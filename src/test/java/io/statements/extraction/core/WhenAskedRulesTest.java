package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session extraction13: a question put to the speaker inside the sentence (`X said when asked whether ...`, `X,
 * asked about his claims, said`) is an attribution of its own, as `Asked whether ...` opening the sentence was; the
 * asker of a question is no antecedent for the answerer's later `he`. Invented text.
 */
class WhenAskedRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "\"You bet I would,\" Mayor Anna Holt said when asked whether she would close the quay.\n\n"
            + "The captain, Tom Reyes, asked about his claims that the hull was sound, said the inspectors agreed.\n\n"
            + "\"Absolutely,\" Reyes said when asked by the host if the boats were safe. He urged riders to stay calm.";

    @Test
    void aQuestionAfterTheVerbOfSayingIsAnAttribution() {
        ExtractedStatement s = with(TEXT, "whether she would close the quay");
        assertEquals("question", s.sieve());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertNull(s.speakerName());
        assertEquals("Anna Holt", with(TEXT, "You bet I would").speakerName());
    }

    @Test
    void aQuestionBetweenCommasAfterTheSubjectIsAnAttribution() {
        assertEquals("question", with(TEXT, "about his claims that the hull was sound").sieve());
    }

    @Test
    void theAskerIsNoAntecedentOfTheAnswerersPronoun() {
        assertEquals("host", with(TEXT, "if the boats were safe").speakerName());
        assertEquals("Tom Reyes", with(TEXT, "to stay calm").speakerName());
    }
}
