package io.statements.search;

import io.statements.article.ArticleSummary;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerKind;
import io.statements.speaker.SpeakerSummary;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;
import io.statements.statement.UtteranceSummary;
import io.vertx.sqlclient.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A statement found by a search: the statement's usual representation plus its highlighted text. */
@Schema(name = "StatementHit", description = "A statement matching a search; highlight is present when q was given")
public record StatementHit(UUID id, String text, StatementKind kind, SpeakerSummary speaker, OutletSummary outlet,
                           ArticleSummary article, String cue, Channel channel, String via, Stance stance,
                           String stanceTarget, List<String> topics, String language, Instant statedAt,
                           Instant reportedAt, Origin origin, Instant createdAt, Instant updatedAt, long version,
                           UtteranceSummary utterance,
                           @Schema(description = "The text, HTML-escaped, with every matched word wrapped in "
                                   + "<mark>…</mark>", examples = "Talks on the <mark>harbour</mark> resume")
                           String highlight) {

    /**
     * Reads a row of {@link StatementQueries#page}; column 28 (0-based) is the sort key, 29 to 31 the utterance,
     * 32 the raw headline (with q).
     */
    static StatementHit read(Row row, boolean highlighted) {
        UUID articleId = row.getUUID(24);
        ArticleSummary article = articleId == null ? null
                : new ArticleSummary(articleId, row.getString(25), row.getString(26), instant(row, 27));
        return new StatementHit(row.getUUID(0), row.getString(1), StatementKind.valueOf(row.getString(2)),
                new SpeakerSummary(row.getUUID(16), row.getString(17), SpeakerKind.valueOf(row.getString(18)),
                        row.getString(19), row.getString(20)),
                new OutletSummary(row.getUUID(21), row.getString(22), row.getString(23)),
                article, row.getString(3), enumOf(Channel.class, row.getString(4)), row.getString(5),
                enumOf(Stance.class, row.getString(6)), row.getString(7), topics(row.getArrayOfStrings(8)),
                row.getString(9), instant(row, 10), instant(row, 11), Origin.valueOf(row.getString(12)),
                instant(row, 13), instant(row, 14), row.getLong(15),
                row.getUUID(29) == null ? null : new UtteranceSummary(row.getUUID(29), row.getInteger(30), instant(row, 31)),
                highlighted ? Highlights.html(row.getString(32)) : null);
    }

    private static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static List<String> topics(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
