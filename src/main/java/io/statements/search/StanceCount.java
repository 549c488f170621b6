package io.statements.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.statements.speaker.SpeakerSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StanceCount", description = "How many of a speaker's matching statements take each stance toward "
        + "the target", requiredProperties = {"speaker", "counts", "total"})
public record StanceCount(SpeakerSummary speaker,
                          @Schema(description = "The stance target, when the request named none (one row per "
                                  + "speaker and target); absent when stance_target was given", examples = "Israel")
                          String target,
                          Counts counts,
                          @Schema(description = "All of the speaker's matching statements with a stance") long total) {

    /** Keyed by the Stance values themselves, so a client indexes them with the enum it already has. */
    @Schema(name = "StanceCounts", description = "Statements per stance, keyed by the Stance enum values",
            requiredProperties = {"SUPPORT", "OPPOSE", "NEUTRAL", "UNCLEAR"})
    public record Counts(@JsonProperty("SUPPORT") long support, @JsonProperty("OPPOSE") long oppose,
                         @JsonProperty("NEUTRAL") long neutral, @JsonProperty("UNCLEAR") long unclear) {
    }
}
