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
@Schema(name = "StatementHit", requiredProperties = {"id", "text", "kind", "speaker", "outlet", "topics", "origin", "created_at", "updated_at", "version"}, description = "A statement matching a search; highlight is present when q was given")
public record StatementHit(UUID id, String text, StatementKind kind, SpeakerSummary speaker, OutletSummary outlet,
                           ArticleSummary article, String cue, Channel channel, String via, Stance stance,
                           String stanceTarget, List<String> topics, String language, Instant statedAt,
                           Instant reportedAt, Origin origin, Instant createdAt, Instant updatedAt, long version,
                           UtteranceSummary utterance,
                           @Schema(description = "The id an ingestion job gave the statement, unique per outlet",
                                   examples = "wire-2024-000123") String externalId,
                           @Schema(description = "The text, HTML-escaped, with every matched word wrapped in "
                                   + "<mark>…</mark>", examples = "Talks on the <mark>harbour</mark> resume")
                           String highlight) {

    /** Reads a row of {@link StatementQueries#page} by column name; {@code headline} is there only with q. */
    static StatementHit read(Row row, boolean highlighted) {
        UUID articleId = row.getUUID("article_id");
        ArticleSummary article = articleId == null ? null : new ArticleSummary(articleId, row.getString("article_url"),
                row.getString("article_title"), instant(row, "article_published_at"));
        return new StatementHit(row.getUUID("id"), row.getString("text"), StatementKind.valueOf(row.getString("kind")),
                new SpeakerSummary(row.getUUID("speaker_id"), row.getString("speaker_name"),
                        SpeakerKind.valueOf(row.getString("speaker_kind")), row.getString("speaker_title"),
                        row.getString("speaker_affiliation")),
                new OutletSummary(row.getUUID("outlet_id"), row.getString("outlet_name"), row.getString("outlet_domain")),
                article, row.getString("cue"), enumOf(Channel.class, row.getString("channel")), row.getString("via"),
                enumOf(Stance.class, row.getString("stance")), row.getString("stance_target"),
                topics(row.getArrayOfStrings("topics")), row.getString("language"), instant(row, "stated_at"),
                instant(row, "reported_at"), Origin.valueOf(row.getString("origin")), instant(row, "created_at"),
                instant(row, "updated_at"), row.getLong("version"),
                row.getUUID("utterance_id") == null ? null : new UtteranceSummary(row.getUUID("utterance_id"),
                        row.getInteger("utterance_reports"), instant(row, "utterance_first_reported_at")),
                row.getString("external_id"),
                highlighted ? Highlights.html(row.getString("headline")) : null);
    }

    private static Instant instant(Row row, String column) {
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
