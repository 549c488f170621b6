package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names44, rule adjunct-after-quote: a participle clause right after a quote's comma (`citing how ...`,
 * `meaning ...`) hangs on the clause before the quote; a verb inside it is no attribution. Invented text.
 */
class AdjunctAfterQuoteRulesTest {

    private static final String TEXT = "Council rejects mine\n\n"
            + "Councillor Rosa Almeida called the mine a \"poisoned gift,\" citing how local farmers still demand"
            + " answers about dead cattle near the old pit.\n\n"
            + "Mayor Tomas Ferraz described the vote as \"a mistake for the region,\" meaning the firm's lawyers say the"
            + " permit can still be revived in court.";

    @Test
    void aCitingClauseDoesNotNameTheSpeaker() {
        assertEquals("Rosa Almeida", with(TEXT, "poisoned gift").speakerName());
    }

    @Test
    void aMeaningClauseDoesNotNameTheSpeaker() {
        assertEquals("Tomas Ferraz", with(TEXT, "a mistake for the region").speakerName());
    }
}
