package io.statements.auth;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Requests per window and identity, per budget; roles may raise (or lower) a budget for their holders. */
@StaticInitSafe
@ConfigMapping(prefix = "statements.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The window the budgets refill over (continuously). */
    @WithDefault("PT1M")
    Duration window();

    /** GET requests per window of one key or token subject. */
    @WithDefault("600")
    int reads();

    /** Writes (POST, PUT, PATCH, DELETE) per window. */
    @WithDefault("120")
    int writes();

    /** Bulk imports, POST /articles and POST /extractions per window. */
    @WithDefault("30")
    int bulk();

    /** Reads per window of one client IP without credentials (with statements.auth.anonymous-read=true). */
    @WithDefault("120")
    int anonymousReads();

    /** Per role: statements.rate-limit.role.ingester.bulk=120; an identity gets the largest budget of its roles. */
    @WithName("role")
    Map<String, RoleBudgets> roles();

    interface RoleBudgets {
        Optional<Integer> reads();

        Optional<Integer> writes();

        Optional<Integer> bulk();
    }
}
