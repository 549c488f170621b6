package io.statements.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.statements.article.ArticleSummary;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerKind;
import io.statements.speaker.SpeakerSummary;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written search page JSON must stay the JSON the application's ObjectMapper writes. */
@QuarkusTest
class SearchPageWriterTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    SearchConfig config;

    @Test
    void writesWhatTheObjectMapperWrites() throws Exception {
        StatementHit full = new StatementHit(UUID.randomUUID(), "Quote \"marks\", back\\slash, tab\t, é, 東京, 🙂, \u0001",
                StatementKind.PARTIAL,
                new SpeakerSummary(UUID.randomUUID(), "Ines Farrow-Ödegaard", SpeakerKind.PERSON, "Harbour master", "Port <Authority>"),
                new OutletSummary(UUID.randomUUID(), "Quay & Tide", "quay.example"),
                new ArticleSummary(UUID.randomUUID(), "https://quay.example/a?b=c&d=e", "Title", Instant.parse("2021-05-06T07:08:09.123456Z")),
                "said", Channel.PHONE_CALL, "a readout", Stance.OPPOSE, "Harbour Board", List.of("ports", "labour"), "en",
                Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("2024-02-29T23:59:59.5Z"), Origin.EXTRACTED,
                Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.parse("+12020-01-01T00:00:00Z"), 42,
                new io.statements.statement.UtteranceSummary(UUID.randomUUID(), 3, Instant.parse("2024-02-28T10:00:00Z")),
                "wire-7 \"x\"",
                "Quote &quot;<mark>marks</mark>&quot;");
        StatementHit minimal = new StatementHit(UUID.randomUUID(), "Plain", StatementKind.DIRECT,
                new SpeakerSummary(UUID.randomUUID(), "Two officials", SpeakerKind.GROUP, null, null),
                new OutletSummary(UUID.randomUUID(), null, "tide.example"), null, null, null, null, null, null,
                List.of(), null, null, Instant.parse("2020-01-01T00:00:00Z"), Origin.MANUAL,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"), 1, null, null, null);
        for (SearchPage page : List.of(new SearchPage(List.of(full, minimal), "djEfY3Vyc29y"),
                new SearchPage(List.of(minimal), null), new SearchPage(List.of(), null))) {
            // Bytes, as on the wire: the UTF-8 generator escapes surrogate pairs where a String writer would not.
            assertEquals(new String(mapper.writeValueAsBytes(page), StandardCharsets.UTF_8),
                    new String(new SearchPageWriter(mapper, config).toBytes(page), StandardCharsets.UTF_8));
        }
    }
}
