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
                           String stanceTarget, List<String> topics, String language,
                           @Schema(description = "True when language was detected from the text because the client sent none") boolean languageDetected,
                           Instant statedAt,
                           Instant reportedAt, Origin origin, Instant createdAt, Instant updatedAt, long version,
                           UtteranceSummary utterance,
                           @Schema(description = "The id an ingestion job gave the statement, unique per outlet",
                                   examples = "wire-2024-000123") String externalId,
                           @Schema(description = "The text, HTML-escaped, with every matched word wrapped in "
                                   + "<mark>…</mark>", examples = "Talks on the <mark>harbour</mark> resume")
                           String highlight) {

    /**
     * Reads rows of {@link StatementQueries#page} ({@code headline} is there only with q) by column positions looked
     * up once per result set: by-name access hashes the column name on every call, which was a measurable share of a
     * cheap search's CPU (35 columns × 21 rows a page).
     */
    static final class Columns {
        private final int id;
        private final int text;
        private final int kind;
        private final int speakerId;
        private final int speakerName;
        private final int speakerKind;
        private final int speakerTitle;
        private final int speakerAffiliation;
        private final int outletId;
        private final int outletName;
        private final int outletDomain;
        private final int articleId;
        private final int articleUrl;
        private final int articleTitle;
        private final int articlePublishedAt;
        private final int cue;
        private final int channel;
        private final int via;
        private final int stance;
        private final int stanceTarget;
        private final int topics;
        private final int language;
        private final int languageDetected;
        private final int statedAt;
        private final int reportedAt;
        private final int origin;
        private final int createdAt;
        private final int updatedAt;
        private final int version;
        private final int utteranceId;
        private final int utteranceReports;
        private final int utteranceFirstReportedAt;
        private final int externalId;
        private final int headline;
        private final int sortKey;

        Columns(Row row) {
            id = row.getColumnIndex("id");
            text = row.getColumnIndex("text");
            kind = row.getColumnIndex("kind");
            speakerId = row.getColumnIndex("speaker_id");
            speakerName = row.getColumnIndex("speaker_name");
            speakerKind = row.getColumnIndex("speaker_kind");
            speakerTitle = row.getColumnIndex("speaker_title");
            speakerAffiliation = row.getColumnIndex("speaker_affiliation");
            outletId = row.getColumnIndex("outlet_id");
            outletName = row.getColumnIndex("outlet_name");
            outletDomain = row.getColumnIndex("outlet_domain");
            articleId = row.getColumnIndex("article_id");
            articleUrl = row.getColumnIndex("article_url");
            articleTitle = row.getColumnIndex("article_title");
            articlePublishedAt = row.getColumnIndex("article_published_at");
            cue = row.getColumnIndex("cue");
            channel = row.getColumnIndex("channel");
            via = row.getColumnIndex("via");
            stance = row.getColumnIndex("stance");
            stanceTarget = row.getColumnIndex("stance_target");
            topics = row.getColumnIndex("topics");
            language = row.getColumnIndex("language");
            languageDetected = row.getColumnIndex("language_detected");
            statedAt = row.getColumnIndex("stated_at");
            reportedAt = row.getColumnIndex("reported_at");
            origin = row.getColumnIndex("origin");
            createdAt = row.getColumnIndex("created_at");
            updatedAt = row.getColumnIndex("updated_at");
            version = row.getColumnIndex("version");
            utteranceId = row.getColumnIndex("utterance_id");
            utteranceReports = row.getColumnIndex("utterance_reports");
            utteranceFirstReportedAt = row.getColumnIndex("utterance_first_reported_at");
            externalId = row.getColumnIndex("external_id");
            headline = row.getColumnIndex("headline");
            sortKey = row.getColumnIndex("sort_key");
        }

        String sortKey(Row row) {
            return row.getString(sortKey);
        }

        StatementHit read(Row row, boolean highlighted) {
            UUID article = row.getUUID(articleId);
            UUID utterance = row.getUUID(utteranceId);
            return new StatementHit(row.getUUID(id), row.getString(text), named(KINDS, row.getString(kind)),
                    new SpeakerSummary(row.getUUID(speakerId), row.getString(speakerName),
                            named(SPEAKER_KINDS, row.getString(speakerKind)), row.getString(speakerTitle),
                            row.getString(speakerAffiliation)),
                    new OutletSummary(row.getUUID(outletId), row.getString(outletName), row.getString(outletDomain)),
                    article == null ? null : new ArticleSummary(article, row.getString(articleUrl),
                            row.getString(articleTitle), instant(row, articlePublishedAt)),
                    row.getString(cue), named(CHANNELS, row.getString(channel)), row.getString(via),
                    named(STANCES, row.getString(stance)), row.getString(stanceTarget),
                    topics(row.getArrayOfStrings(topics)), row.getString(language),
                    Boolean.TRUE.equals(row.getBoolean(languageDetected)), instant(row, statedAt),
                    instant(row, reportedAt), named(ORIGINS, row.getString(origin)), instant(row, createdAt),
                    instant(row, updatedAt), row.getLong(version),
                    utterance == null ? null : new UtteranceSummary(utterance, row.getInteger(utteranceReports),
                            instant(row, utteranceFirstReportedAt)),
                    row.getString(externalId),
                    highlighted && headline >= 0 ? Highlights.html(row.getString(headline)) : null);
        }
    }

    private static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static final StatementKind[] KINDS = StatementKind.values();
    private static final SpeakerKind[] SPEAKER_KINDS = SpeakerKind.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Stance[] STANCES = Stance.values();
    private static final Origin[] ORIGINS = Origin.values();

    /**
     * The constant of that name (null for null). A scan of a handful of names: Enum.valueOf hashes each freshly
     * decoded string, five per row, which showed in profiles of cheap searches.
     */
    private static <E extends Enum<E>> E named(E[] constants, String name) {
        if (name == null) {
            return null;
        }
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no constant " + name);
    }

    private static List<String> topics(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
