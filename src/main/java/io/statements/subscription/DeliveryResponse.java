package io.statements.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Delivery", description = "One event for one subscription and its delivery attempts")
public record DeliveryResponse(
        @Schema(required = true, description = "Also the webhook-id header: the same for every attempt") UUID id,
        @Schema(required = true, examples = "statement.created") String eventType,
        @Schema(description = "Change-feed cursor of the event (absent for test pings)") String position,
        UUID statementId,
        @Schema(required = true, description = "PENDING (to be sent or retried), SENDING (a test ping in flight), DELIVERED, or FAILED (refused by "
                + "the receiver with a 4xx or redirect; not retried unless asked)") String status,
        @Schema(required = true, description = "Attempts in the current retry period") int attempts,
        Instant lastAttemptAt,
        @Schema(description = "HTTP status of the last attempt") Integer responseStatus,
        @Schema(description = "Duration of the last attempt in milliseconds") Integer latencyMs,
        @Schema(description = "Why the last attempt failed") String error,
        @Schema(description = "When the next attempt is due (PENDING only)") Instant nextAttemptAt,
        @Schema(required = true) Instant createdAt) {
}
