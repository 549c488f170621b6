package io.statements.extraction.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names32: invented wire-style articles (src/test/resources/extraction/probes/wire-style.txt, one `### id`
 * an article, headline first) with the speaker a reader gives each quote. A name is right by the scorer's rule (the
 * same name, or a shorter form keeping its last word); lines marked `=>?` are known misses, reported, not asserted.
 */
class WireProbeArticlesTest {

    private static final String FIXTURE = "/extraction/probes/wire-style.txt";

    /** `>>> words => (no statement)`: no statement may hold the words (an apostrophe, a scare quote). */
    static final String NO_STATEMENT = "(no statement)";

    record Expectation(String article, String text, String words, List<String> accepted, boolean knownMiss) {
        @Override
        public String toString() {
            return article + " | " + words;
        }
    }

    static Stream<Expectation> expectations() throws IOException {
        return expectations(FIXTURE);
    }

    /** The expectations of a probe fixture: `### id` articles, each followed by its `>>> words => name` lines. */
    static Stream<Expectation> expectations(String fixture) throws IOException {
        String all;
        try (InputStream in = WireProbeArticlesTest.class.getResourceAsStream(fixture)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Expectation> out = new ArrayList<>();
        String id = null;
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (String line : (all + "\n### end\n").split("\n")) {
            if (line.startsWith("### ")) {
                for (String e : lines) {
                    boolean miss = e.contains(" =>? ");
                    String[] p = e.substring(4).split(miss ? " =>\\? " : " => ", 2);
                    out.add(new Expectation(id, text.toString(), p[0], List.of(p[1].split(" / ")), miss));
                }
                id = line.substring(4);
                text.setLength(0);
                lines.clear();
            } else if (line.startsWith(">>> ")) {
                lines.add(line);
            } else if (!line.startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theSpeakerIsTheOneAReaderGives(Expectation e) {
        check(e);
    }

    /** Asserts the speaker of the statement holding the expectation's words (a known miss is only reported). */
    static void check(Expectation e) {
        String got = null;
        boolean found = false;
        for (ExtractedStatement s : Extracted.all(e.text())) {
            if (s.text().contains(e.words())) {
                got = s.speakerName();
                found = true;
                break;
            }
        }
        if (e.accepted().equals(List.of(NO_STATEMENT))) {
            assertTrue(!found, e + ": no statement wanted, got one by " + got);
            return;
        }
        boolean right = false;
        for (String accepted : e.accepted()) {
            right |= sameName(accepted, got);
        }
        if (e.knownMiss()) {
            System.out.println("known miss " + e + ": " + got + ", wanted " + e.accepted());
            return;
        }
        assertTrue(right, e + ": got " + got + ", wanted " + e.accepted());
    }

    /** score_quotes.py's rule: the same name, or a shorter form of it that keeps its last word. */
    static boolean sameName(String accepted, String got) {
        if (got == null) {
            return false;
        }
        String n = norm(got), a = norm(accepted);
        if (n.isEmpty() || n.equals(a)) {
            return !n.isEmpty();
        }
        List<String> words = Arrays.asList(n.split(" ")), other = Arrays.asList(a.split(" "));
        return words.get(words.size() - 1).equals(other.get(other.size() - 1))
                && (new HashSet<>(other).containsAll(words) || new HashSet<>(words).containsAll(other));
    }

    private static String norm(String s) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace('\u2018', '\'').replaceAll("[^\\w' ]+", " ").strip().replaceAll("^(the|a|an) ", "");
        return s.replaceAll("\\s+", " ").strip();
    }
}
