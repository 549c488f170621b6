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
}
