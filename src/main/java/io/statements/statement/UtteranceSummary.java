package io.statements.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "UtteranceSummary", description = "The utterance this statement reports: one thing a speaker said on"
        + " one occasion, with how many stored statements report it and when it was first reported")
public record UtteranceSummary(UUID id, int reports, Instant firstReportedAt) {

    static UtteranceSummary of(StatementUtterance u) {
        return u == null ? null : new UtteranceSummary(u.id, u.reports, u.firstReportedAt);
    }
}
