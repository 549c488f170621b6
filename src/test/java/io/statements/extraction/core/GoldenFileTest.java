package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the extractor's whole output on invented fixture articles (src/test/resources/extraction/golden), so that a
 * refactor cannot change results silently. After an intended change, rewrite the expected files with
 * {@code ./mvnw -B test -Dtest=GoldenFileTest -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {

    private static final Path DIR = Path.of("src/test/resources/extraction/golden");

    @Test
    void outputOnFixtureArticlesIsPinned() throws IOException {
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(articles::add);
        }
        assertEquals(6, articles.size(), "fixture articles");
        boolean update = Boolean.getBoolean("golden.update");
        StatementExtractor extractor = new StatementExtractor();
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String actual = render(text, extractor.extract(text));
            Path expected = Path.of(article.toString().replace(".txt", ".expected"));
            if (update) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, article.getFileName().toString());
        }
    }

    /** One block per statement, every field, readable in a diff. */
    static String render(String text, List<ExtractedStatement> statements) {
        StringBuilder sb = new StringBuilder();
        for (ExtractedStatement s : statements) {
            sb.append(s.kind()).append(' ').append(s.content()).append(" \"").append(s.text()).append("\"\n");
            sb.append("  segments ").append(s.segments()).append(" confidence ").append(s.confidence())
                    .append(" sieve ").append(s.sieve()).append('\n');
            sb.append("  cue ").append(s.cue() == null ? "-" : s.cue().text()).append(" | mention ")
                    .append(s.speakerMention() == null ? "-" : s.speakerMention().text()).append(" | speaker ")
                    .append(s.speakerName()).append(' ').append(s.speakerKind()).append(" | channel ")
                    .append(s.channel()).append(" | via ").append(s.via()).append('\n');
            if (s.speakerTitle() != null) {
                sb.append("  title ").append(s.speakerTitle()).append(" | affiliation ").append(s.speakerAffiliation())
                        .append('\n');
            }
            if (s.stance() != null) {
                sb.append("  stance ").append(s.stance()).append(" toward ").append(s.stanceTarget())
                        .append(" | evidence ").append(s.stanceEvidence().text()).append('\n');
            }
        }
        return sb.toString();
    }
}
