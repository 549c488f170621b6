package io.statements.extraction.core;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session names42: invented articles with several voices and names from many countries
 * (src/test/resources/extraction/probes/many-voices.txt, the format of wire-style.txt): a quote continuing the last
 * speaker, `he added` / `she added` after two speakers of different genders, `the former` / `the latter`, a quote
 * attributed in the next paragraph, name particles (`de la Cruz`, `van der Berg`, `bin`, `al-`, `Abu`), initials,
 * one-word and hyphenated names, a postposed speaker with a long relative clause or age and description, broadcaster
 * and live-blog forms, and `Q:` / `A:` lines that are no speakers.
 */
class ManyVoicesProbeArticlesTest {

    private static final String FIXTURE = "/extraction/probes/many-voices.txt";

    static Stream<WireProbeArticlesTest.Expectation> expectations() throws IOException {
        return WireProbeArticlesTest.expectations(FIXTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theSpeakerIsTheOneAReaderGives(WireProbeArticlesTest.Expectation e) {
        WireProbeArticlesTest.check(e);
    }
}
