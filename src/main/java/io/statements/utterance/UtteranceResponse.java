package io.statements.utterance;

import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Utterance", description = "One thing a speaker said on one occasion, with the statements (one outlet's"
        + " report each) that report it")
public record UtteranceResponse(
        UUID id,
        SpeakerSummary speaker,
        @Schema(description = "The fullest report's text") String text,
        @Schema(description = "How many statements report it") int reportCount,
        Instant firstReportedAt,
        @Schema(description = "The outlet of the oldest report") OutletSummary firstReportedBy,
        Instant lastReportedAt,
        @Schema(description = "True once an editor detached a statement into it: automatic linking adds nothing to it")
        boolean closed,
        @Schema(description = "Every report, oldest first (at most 1000); only on GET /utterances/{id} and the"
                + " attach and detach answers") List<UtteranceReport> reports) {
}
