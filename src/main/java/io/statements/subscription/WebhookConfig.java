package io.statements.subscription;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Environment: STATEMENTS_WEBHOOKS_*, e.g. STATEMENTS_WEBHOOKS_ALLOW_PRIVATE_NETWORKS. */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.webhooks")
public interface WebhookConfig {

    /** Whether this replica delivers webhooks (the API works either way). */
    @WithDefault("true")
    boolean deliveryEnabled();

    /** Deliver to loopback, link-local, private and metadata addresses too (tests, closed networks only). */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** Accept plain http:// URLs (otherwise https:// only). */
    @WithDefault("false")
    boolean allowHttp();

    /** Most subscriptions one identity may own. */
    @WithDefault("25")
    int maxPerOwner();

    /** How often the worker looks for subscriptions with new changes or due retries. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Subscriptions served at once by this replica (one HTTP request in flight each). */
    @WithDefault("4")
    int workers();

    /** How long a replica holds a subscription; no other replica delivers to it meanwhile. */
    @WithDefault("PT2M")
    Duration lease();

    /** Delay before the first retry; doubled at each further one, with jitter. */
    @WithDefault("PT10S")
    Duration initialBackoff();

    /** Longest delay between two retries (also the most a Retry-After is honoured). */
    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long an event is retried before the subscription is marked failing. */
    @WithDefault("PT24H")
    Duration retryFor();

    /** Connection timeout of a delivery. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Whole-request timeout of a delivery. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * How long finished deliveries stay visible in GET /subscriptions/{id}/deliveries. Beyond it they are deleted;
     * a deletion of a statement last delivered before then reaches only subscriptions without a filter, and an
     * utterance announced before then may be announced again.
     */
    @WithDefault("P30D")
    Duration deliveryRetention();

    /** How often finished deliveries past the retention are deleted (each run deletes at most 100,000). */
    @WithDefault("PT1H")
    Duration pruneInterval();

    /** How long the previous secret keeps signing (a second signature) after a rotation. */
    @WithDefault("PT24H")
    Duration rotationGrace();
}
