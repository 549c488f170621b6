package io.statements.auth;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@StaticInitSafe
@ConfigMapping(prefix = "statements.auth")
public interface AuthConfig {

    /** An admin API key for automation (stmt_ followed by at least 32 characters); none by default. */
    Optional<String> bootstrapAdminKey();

    /** Whether reads (GET of statements, speakers, outlets, articles, search, export, changes) need no credentials. */
    @WithDefault("false")
    boolean anonymousRead();

    /**
     * How long a verified API key is trusted without asking the database again (0: ask on every request). A key
     * revoked on another replica keeps working there for at most this long.
     */
    @WithDefault("PT10S")
    java.time.Duration keyCacheTtl();

    /**
     * The OIDC client the web page signs people in with (a public client: authorization code with PKCE, redirect
     * URI the service's own address); none: the page offers API keys only.
     */
    Optional<String> webClientId();

    /** The issuer as browsers reach it, when that differs from quarkus.oidc.auth-server-url (inside a cluster). */
    Optional<String> webIssuer();

    /** Scopes the web page asks for. */
    @WithDefault("openid profile")
    String webScope();
}
