package io.statements.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "SubscriptionPatch", description = "Fields to change; absent fields are kept. A filter given "
        + "replaces the saved filter as a whole. status ACTIVE re-enables a PAUSED or FAILING subscription, which "
        + "resumes from the event where it stopped.")
public record SubscriptionPatch(
        @Size(min = 1, max = 200) @Schema(examples = "Idlib agreement") String name,
        @Schema(type = SchemaType.OBJECT, description = SubscriptionDocs.FILTER, examples = SubscriptionDocs.FILTER_EXAMPLE)
        Map<String, Object> filter,
        @Size(min = 1, max = 10) @Schema(description = SubscriptionDocs.EVENTS)
        List<@NotBlank @Size(max = 40) String> events,
        @Size(min = 1, max = WebhookUrls.MAX_LENGTH) @Schema(description = SubscriptionDocs.URL) String url,
        @Schema(description = "ACTIVE or PAUSED") SubscriptionStatus status,
        @Min(2) @Max(EventType.MAX_MIN_REPORTS)
        @Schema(description = SubscriptionDocs.MIN_REPORTS, examples = "3") Integer minReports) {
}
