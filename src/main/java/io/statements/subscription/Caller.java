package io.statements.subscription;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking: owners see their own subscriptions, admins every one. */
record Caller(String name, boolean admin) {

    static final String ADMIN_ROLE = "admin";

    static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(ADMIN_ROLE));
    }

    boolean mayUse(SubscriptionEntity subscription) {
        return admin || subscription.owner.equals(name);
    }
}
