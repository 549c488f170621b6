package io.statements.apikey;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A presented API key secret, on its way from {@link ApiKeyMechanism} to {@link ApiKeyIdentityProvider}. */
final class ApiKeyCredential extends BaseAuthenticationRequest {

    private final String secret;

    ApiKeyCredential(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
