package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Given names and surnames that end like nationalities ("-i", "-an") are names, not descriptions to strip: only
 * nationality-like words before a title are ("Iraqi Kurdish official"). A surname in -i used to lose the quote.
 */
class NationalityLikeNamesTest {

    private final StatementExtractor extractor = new StatementExtractor(StatementExtractor.defaultSieveOrder());

    private ExtractedStatement only(String text) {
        List<ExtractedStatement> found = extractor.extract(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    @Test
    void namesEndingLikeNationalitiesKeepTheirQuoteAndTheirGivenName() {
        assertEquals("Ravi Shastri", only("Ravi Shastri said: \"The pier opens in May.\"").speakerName());
        assertEquals("Kavi Marchetti", only("Kavi Marchetti says: \"The pier opens in May.\"").speakerName());
        assertEquals("Lorenzo Bianchi", only("\"The pier opens in May,\" Lorenzo Bianchi said.").speakerName());
    }

    @Test
    void aNationalityBeforeATitleIsStillStripped() {
        assertEquals("Dara Qasemi",
                only("Iraqi Kurdish spokesman Dara Qasemi said: \"The crossing stays closed.\"").speakerName());
    }
}
