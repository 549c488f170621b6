package io.statements.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Who is making the current change, as written to created_by, updated_by and the change feed's actor:
 * {@code key:<name>} for an API key, {@code user:<preferred_username> (<subject>)} for an OIDC token.
 * Read from the request's security identity; work handed to other threads (the bulk writers) carries it
 * explicitly with {@link #callAs}, because the identity belongs to the request.
 */
public final class CurrentActor {

    /** Identity attribute holding the actor string, set by whatever authenticated the request. */
    public static final String ATTRIBUTE = "statements.actor";
    /** Changes made outside any request (start-up tasks). */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> HANDED_OVER = new ThreadLocal<>();
    private static volatile Function<SecurityIdentity, String> naming = CurrentActor::defaultName;

    private CurrentActor() {
    }

    /** Lets the auth package say how a token's identity is named (the common package knows no token types). */
    public static void nameIdentitiesWith(Function<SecurityIdentity, String> rule) {
        naming = rule;
    }

    public static String get() {
        String handed = HANDED_OVER.get();
        if (handed != null) {
            return handed;
        }
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        InjectableInstance<CurrentIdentityAssociation> association = Arc.container().select(CurrentIdentityAssociation.class);
        if (!association.isResolvable()) {
            return SYSTEM;
        }
        SecurityIdentity identity = association.get().getIdentity();
        return identity == null || identity.isAnonymous() ? "anonymous" : naming.apply(identity);
    }

    /** Runs work on this thread as the given actor (for work another thread started on a request's behalf). */
    public static <T> T callAs(String actor, Callable<T> work) throws Exception {
        String previous = HANDED_OVER.get();
        HANDED_OVER.set(actor);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                HANDED_OVER.remove();
            } else {
                HANDED_OVER.set(previous);
            }
        }
    }

    private static String defaultName(SecurityIdentity identity) {
        Object actor = identity.getAttribute(ATTRIBUTE);
        return actor != null ? actor.toString() : "user:" + identity.getPrincipal().getName();
    }
}
