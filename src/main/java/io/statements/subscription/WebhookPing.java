package io.statements.subscription;

import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** POST /subscriptions/{id}/test: one signed ping, sent at once whatever the status, recorded as a delivery. */
@ApplicationScoped
class WebhookPing {

    private final SubscriptionService subscriptions;
    private final DeliveryHistory history;
    private final DeliveryLog log;
    private final Delivery delivery;
    private final EventMatcher events;

    WebhookPing(SubscriptionService subscriptions, DeliveryHistory history, DeliveryLog log, Delivery delivery,
                EventMatcher events) {
        this.subscriptions = subscriptions;
        this.history = history;
        this.log = log;
        this.delivery = delivery;
        this.events = events;
    }

    /** Runs outside a transaction: no connection is held while the receiver answers. */
    DeliveryResponse ping(Caller caller, UUID subscription) {
        SubscriptionService.Endpoint endpoint = subscriptions.endpoint(caller, subscription);
        String payload = events.payload(EventType.PING, subscription, null, null, Timestamps.now(), null, null);
        UUID id = history.newPing(subscription, payload);
        WebhookSender.Outcome outcome = delivery.send(endpoint.url(), id.toString(), payload, endpoint.secret(),
                endpoint.previousSecret());
        log.recordAttempt(id, outcome.kind() == WebhookSender.Kind.DELIVERED ? "DELIVERED" : "FAILED", outcome, null);
        return history.get(subscription, id);
    }
}
