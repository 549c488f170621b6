package io.statements.extraction.core;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** What the rule tests look up in an extraction: the statement whose text holds some words. */
final class Extracted {

    private static final StatementExtractor EXTRACTOR = new StatementExtractor();

    private Extracted() {
    }

    /** The first statement extracted from {@code text} whose text contains {@code words}; fails the test if none. */
    static ExtractedStatement with(String text, String words) {
        List<ExtractedStatement> sts = EXTRACTOR.extract(text);
        for (ExtractedStatement s : sts) {
            if (s.text().contains(words)) {
                return s;
            }
        }
        fail("no statement <" + words + "> in " + sts);
        return null;
    }

    /** Every statement extracted from {@code text}. */
    static List<ExtractedStatement> all(String text) {
        return EXTRACTOR.extract(text);
    }
}
