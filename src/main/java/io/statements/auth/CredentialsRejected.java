package io.statements.auth;

import io.quarkus.security.AuthenticationFailedException;

/**
 * The cause of an {@link AuthenticationFailedException} for credentials that were recognised and refused, with a
 * reason safe to tell the client (unknown, expired, revoked); other failures get a generic detail.
 */
public final class CredentialsRejected extends RuntimeException {

    private CredentialsRejected(String reason) {
        super(reason, null, false, false);
    }

    public static AuthenticationFailedException because(String reason) {
        return new AuthenticationFailedException(reason, new CredentialsRejected(reason));
    }
}
