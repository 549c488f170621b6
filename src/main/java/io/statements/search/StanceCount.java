package io.statements.search;

import io.statements.speaker.SpeakerSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StanceCount", description = "How many of a speaker's matching statements take each stance toward "
        + "the target")
public record StanceCount(SpeakerSummary speaker,
                          @Schema(description = "The stance target (absent when the request named the target)",
                                  examples = "Israel") String target,
                          long support, long oppose, long neutral, long unclear, long total) {
}
