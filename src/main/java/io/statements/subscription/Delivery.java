package io.statements.subscription;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Locale;

/**
 * One delivery attempt: the URL is checked again after resolving it (a refused address is a retryable failure,
 * DNS may change back), then the event is sent to the checked address. Counted by outcome, timed.
 */
@ApplicationScoped
class Delivery {

    private final WebhookUrls urls;
    private final WebhookSender sender;
    private final MeterRegistry registry;
    private final Counter gaveUp;

    Delivery(WebhookUrls urls, WebhookSender sender, MeterRegistry registry) {
        this.urls = urls;
        this.sender = sender;
        this.registry = registry;
        this.gaveUp = Counter.builder("statements.webhooks.subscriptions.failed")
                .description("Subscriptions marked FAILING after retrying an event for the whole retry period")
                .register(registry);
    }

    WebhookSender.Outcome send(String url, String id, String body, String secret, String previousSecret) {
        WebhookSender.Outcome outcome;
        try {
            outcome = sender.send(urls.target(url), id, body, secret, previousSecret);
        } catch (WebhookUrls.Refused e) {
            outcome = new WebhookSender.Outcome(WebhookSender.Kind.RETRY, null, 0, "refused: " + e.getMessage(), null);
        }
        String tag = outcome.kind().name().toLowerCase(Locale.ROOT);
        registry.counter("statements.webhooks.deliveries", "outcome", tag).increment();
        Timer.builder("statements.webhooks.delivery.latency").description("Duration of delivery attempts")
                .tag("outcome", tag).register(registry).record(Duration.ofMillis(outcome.latencyMillis()));
        return outcome;
    }

    void gaveUp() {
        gaveUp.increment();
    }
}
