package io.statements.statement;

import io.statements.article.ArticleSummary;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Statement", requiredProperties = {"id", "text", "kind", "speaker", "outlet", "topics", "origin", "created_at", "updated_at", "version"}, description = "Words attributed to a speaker, as reported by an outlet")
public record StatementResponse(UUID id, String text, StatementKind kind, SpeakerSummary speaker,
                                OutletSummary outlet, ArticleSummary article, String cue, Channel channel,
                                String via, Stance stance, String stanceTarget, List<String> topics,
                                String language, Instant statedAt, Instant reportedAt, Origin origin,
                                Instant createdAt, Instant updatedAt, long version,
                                @Schema(description = "Who created it: key:<name> of an API key, or user:<preferred_username> (<subject>) of a token; absent for data older than authentication") String createdBy,
                                @Schema(description = "Who changed it last, named like created_by") String updatedBy,
                                UtteranceSummary utterance,
                                @Schema(description = "The id an ingestion job gave the statement, unique per outlet",
                                        examples = "wire-2024-000123") String externalId) {

    public static StatementResponse of(StatementEntity e) {
        return new StatementResponse(e.id, e.text, e.kind, SpeakerSummary.of(e.speaker), OutletSummary.of(e.outlet),
                ArticleSummary.of(e.article), e.cue, e.channel, e.via, e.stance, e.stanceTarget,
                List.copyOf(e.topics), e.language, e.statedAt, e.reportedAt, e.origin, e.createdAt, e.updatedAt,
                e.version, e.createdBy, e.updatedBy, UtteranceSummary.of(e.utterance), e.externalId);
    }
}
