package io.statements.subscription;

import io.quarkus.security.identity.SecurityIdentity;
import io.statements.auth.Roles;

/** Who is asking: owners see their own subscriptions, admins every one. */
record Caller(String name, boolean admin) {

    /** Anonymous readers (where anonymous reads are allowed) have no identity to own anything. */
    static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }

    boolean mayUse(SubscriptionEntity subscription) {
        return admin || subscription.owner.equals(name);
    }
}
