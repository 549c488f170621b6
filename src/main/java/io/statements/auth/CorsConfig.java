package io.statements.auth;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * Origins whose browsers may call the API (STATEMENTS_CORS_ORIGINS); application.properties hands them to
 * quarkus.http.cors.origins. Declared so the statements.* namespace validation knows the property.
 */
@StaticInitSafe
@ConfigMapping(prefix = "statements.cors")
public interface CorsConfig {

    Optional<List<String>> origins();
}
