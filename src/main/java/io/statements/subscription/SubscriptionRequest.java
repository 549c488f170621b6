package io.statements.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "SubscriptionRequest", description = "A saved search whose matching changes are sent to a URL")
public record SubscriptionRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Idlib agreement") String name,
        @Schema(type = SchemaType.OBJECT, description = SubscriptionDocs.FILTER, examples = SubscriptionDocs.FILTER_EXAMPLE)
        Map<String, Object> filter,
        @NotNull @Size(min = 1, max = 10)
        @Schema(description = SubscriptionDocs.EVENTS, examples = "[\"statement.created\"]")
        List<@NotBlank @Size(max = 40) String> events,
        @NotBlank @Size(max = WebhookUrls.MAX_LENGTH)
        @Schema(description = SubscriptionDocs.URL, examples = "https://hooks.example-news.com/statements")
        String url,
        @Min(2) @Max(EventType.MAX_MIN_REPORTS)
        @Schema(description = SubscriptionDocs.MIN_REPORTS, examples = "3") Integer minReports) {
}
