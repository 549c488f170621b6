package io.statements.extraction.core;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session names37: invented articles that quote in single quotation marks, as British, Gulf, South Asian and African
 * outlets do (src/test/resources/extraction/probes/descriptions.txt, the format of wire-style.txt): straight and
 * curly marks, a quote continued in the next paragraph, a headline quote after a colon, a quote opened by a single mark
 * and closed by a double one, an interrupted quote, and hard negatives (apostrophes, plural possessives, `'90s`,
 * two-word scare quotes, a single-marked quote inside a double-marked one).
 */
class DescriptionProbeArticlesTest {

    private static final String FIXTURE = "/extraction/probes/descriptions.txt";

    static Stream<WireProbeArticlesTest.Expectation> expectations() throws IOException {
        return WireProbeArticlesTest.expectations(FIXTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theSpeakerIsTheOneAReaderGives(WireProbeArticlesTest.Expectation e) {
        WireProbeArticlesTest.check(e);
    }
}
