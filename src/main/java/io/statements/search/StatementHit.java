package io.statements.search;

import io.statements.article.ArticleSummary;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerKind;
import io.statements.speaker.SpeakerSummary;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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
                           @Schema(description = "The text, HTML-escaped, with every matched word wrapped in "
                                   + "<mark>…</mark>", examples = "Talks on the <mark>harbour</mark> resume")
                           String highlight) {

    /** Reads a row of {@link StatementQueries#page}; column 29 is the sort key, 30 the raw headline (with q). */
    static StatementHit read(ResultSet rs, boolean highlighted) throws SQLException {
        UUID articleId = rs.getObject(25, UUID.class);
        ArticleSummary article = articleId == null ? null
                : new ArticleSummary(articleId, rs.getString(26), rs.getString(27), instant(rs, 28));
        return new StatementHit(rs.getObject(1, UUID.class), rs.getString(2),
                StatementKind.valueOf(rs.getString(3)),
                new SpeakerSummary(rs.getObject(17, UUID.class), rs.getString(18),
                        SpeakerKind.valueOf(rs.getString(19)), rs.getString(20), rs.getString(21)),
                new OutletSummary(rs.getObject(22, UUID.class), rs.getString(23), rs.getString(24)),
                article, rs.getString(4), enumOf(Channel.class, rs.getString(5)), rs.getString(6),
                enumOf(Stance.class, rs.getString(7)), rs.getString(8), topics(rs.getArray(9)), rs.getString(10),
                instant(rs, 11), instant(rs, 12), Origin.valueOf(rs.getString(13)), instant(rs, 14), instant(rs, 15),
                rs.getLong(16), highlighted ? Highlights.html(rs.getString(30)) : null);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static List<String> topics(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
