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
        @Schema(description = "MANUAL when absent") Origin origin) {
}
