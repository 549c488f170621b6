package io.statements.extraction.core;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session names41: invented articles (src/test/resources/extraction/probes/organisations-adjuncts.txt, the format of
 * wire-style.txt) in the styles of a wire, a British broadsheet, a US metro daily, Indian, Chinese state, Australian
 * and African outlets and a broadcaster's web copy: organisations and documents as speakers (`the company said in a
 * press release`, `the court said in its ruling`, `a spokeswoman for the Treasury said`), relayed reports after a
 * quote that has its speaker (`..., state media reported`, `according to local media`), leading adjuncts (`Speaking to
 * reporters, X said`, `Hours after the vote, X said`, `Also, X said`), nested clauses (`what X calls a "..."`) and
 * headlines with a colon.
 */
class OrganisationProbeArticlesTest {

    private static final String FIXTURE = "/extraction/probes/organisations-adjuncts.txt";

    static Stream<WireProbeArticlesTest.Expectation> expectations() throws IOException {
        return WireProbeArticlesTest.expectations(FIXTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theSpeakerIsTheOneAReaderGives(WireProbeArticlesTest.Expectation e) {
        WireProbeArticlesTest.check(e);
    }
}
