package io.statements.statement;

import io.statements.article.ArticleRef;
import io.statements.outlet.Languages;
import io.statements.outlet.OutletRef;
import io.statements.speaker.SpeakerRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "StatementRequest", description = "A statement to create or to replace wholesale")
public record StatementRequest(
        @NotBlank @Size(max = 10_000)
        @Schema(examples = "We will keep the border crossing open through the winter.") String text,
        @NotNull StatementKind kind,
        @NotNull @Valid SpeakerRef speaker,
        @NotNull @Valid OutletRef outlet,
        @Valid ArticleRef article,
        @Size(max = 100) @Schema(examples = "said") String cue,
        Channel channel,
        @Size(max = 300) @Schema(examples = "RIA-Novosti") String via,
        Stance stance,
        @Size(max = 300) @Schema(examples = "Israel") String stanceTarget,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> topics,
        @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) @Schema(examples = "en") String language,
        @Schema(description = "When the words were said, if known") Instant statedAt,
        @Schema(description = "When the outlet published them") Instant reportedAt,
        @Schema(description = "MANUAL when absent") Origin origin,
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must be one line, not blank")
        @Schema(description = "Your own id for the statement (e.g. the wire story's), unique per outlet: a create "
                + "naming an external_id the outlet already has answers 200 with that statement",
                examples = "wire-2024-000123") String externalId) {

    /** A statement without an external id. */
    public StatementRequest(String text, StatementKind kind, SpeakerRef speaker, OutletRef outlet, ArticleRef article,
                            String cue, Channel channel, String via, Stance stance, String stanceTarget,
                            List<String> topics, String language, Instant statedAt, Instant reportedAt, Origin origin) {
        this(text, kind, speaker, outlet, article, cue, channel, via, stance, stanceTarget, topics, language, statedAt,
                reportedAt, origin, null);
    }
}
