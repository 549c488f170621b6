package io.statements.apikey;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

/**
 * Recognises the bootstrap key and recently verified keys at once; any other key is looked up in the database on a
 * worker thread (never on the event loop).
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyCredential> {

    private final ApiKeyService keys;

    ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyCredential> getRequestType() {
        return ApiKeyCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyCredential request, AuthenticationRequestContext context) {
        try {
            SecurityIdentity known = keys.recognise(request.secret());
            if (known != null) {
                return Uni.createFrom().item(known);
            }
        } catch (RuntimeException rejected) {
            return Uni.createFrom().failure(rejected);
        }
        return context.runBlocking(() -> keys.authenticate(request.secret()));
    }
}
