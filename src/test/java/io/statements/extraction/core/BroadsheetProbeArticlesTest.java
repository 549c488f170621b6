package io.statements.extraction.core;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session names34: invented articles in the styles of broadsheets, British papers, public broadcasters' sites, Arab
 * and Israeli English-language sites, a live blog and an analysis piece
 * (src/test/resources/extraction/probes/broadsheet-style.txt, the format of wire-style.txt): honorific surnames shared
 * by several people, offices, campaigns and seats of government as speakers, colon-introduced and multi-paragraph
 * quotes, embedded posts, title-only mentions with two holders of the title, first names that are English words.
 */
class BroadsheetProbeArticlesTest {

    private static final String FIXTURE = "/extraction/probes/broadsheet-style.txt";

    static Stream<WireProbeArticlesTest.Expectation> expectations() throws IOException {
        return WireProbeArticlesTest.expectations(FIXTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theSpeakerIsTheOneAReaderGives(WireProbeArticlesTest.Expectation e) {
        WireProbeArticlesTest.check(e);
    }
}
