package io.statements.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Subscription", description = "A saved search that notifies a URL through signed webhooks")
public record SubscriptionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String url,
        @Schema(required = true, description = "The filters, each as an array of strings",
                examples = SubscriptionDocs.FILTER_EXAMPLE) Map<String, List<String>> filter,
        @Schema(required = true, examples = "[\"statement.created\"]") List<String> events,
        @Schema(required = true) SubscriptionStatus status,
        @Schema(description = "With utterance.reported: how many outlets must report an utterance before the event"
                + " goes out") Integer minReports,
        @Schema(description = "When it was marked FAILING") Instant failingSince,
        @Schema(description = "Why the last delivery attempt failed (while retrying or FAILING)") String failureReason,
        @Schema(description = "Change-feed cursor of the last change examined (as GET /changes gives it)")
        String position,
        @Schema(required = true, description = "Changes in the feed not yet delivered or skipped") long lag,
        @Schema(description = "Standard Webhooks signing secret (whsec_...); returned only on creation and rotation")
        String secret,
        @Schema(required = true, description = "The identity that owns it") String owner,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {
}
