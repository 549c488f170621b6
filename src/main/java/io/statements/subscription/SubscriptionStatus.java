package io.statements.subscription;

/** ACTIVE: delivering. PAUSED: stopped by its owner. FAILING: an event could not be delivered for the whole retry period. */
public enum SubscriptionStatus {
    ACTIVE, PAUSED, FAILING
}
