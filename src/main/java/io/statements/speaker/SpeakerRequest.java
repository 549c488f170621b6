package io.statements.speaker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SpeakerRequest", description = "A speaker to create or to replace wholesale")
public record SpeakerRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Vladimir Putin") String name,
        @NotNull SpeakerKind kind,
        @Size(max = 300) @Schema(examples = "President of Russia") String title,
        @Size(max = 300) @Schema(examples = "Government of Russia") String affiliation,
        @Size(max = 50) @Schema(examples = "[\"Putin\", \"Russian President Vladimir Putin\"]")
        List<@NotBlank @Size(max = 300) String> aliases,
        @Pattern(regexp = "Q[1-9][0-9]{0,15}", message = "must be a Wikidata item id such as Q7747")
        @Schema(examples = "Q7747") String wikidataId) {
}
