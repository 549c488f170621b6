package io.statements.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Credentials for every test run: the bootstrap admin key {@link TestCredentials} sends by default, and an OIDC
 * issuer whose tokens the tests sign themselves ({@link TestTokens}: public-key verification, no discovery).
 * A profile that brings its own issuer (the real Keycloak of KeycloakIT) is a class named {@code OwnIssuer}.
 */
public class AuthTestResource implements QuarkusTestResourceLifecycleManager {

    private boolean ownIssuer;

    @Override
    public void setContext(Context context) {
        String profile = context.testProfile();
        ownIssuer = profile != null && profile.endsWith("$OwnIssuer");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("statements.auth.bootstrap-admin-key", TestCredentials.ADMIN_KEY);
        if (!ownIssuer) {
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.public-key", TestTokens.publicKey());
            config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        }
        return config;
    }

    @Override
    public void stop() {
    }
}
