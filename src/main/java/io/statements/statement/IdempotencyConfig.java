package io.statements.statement;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Environment: STATEMENTS_IDEMPOTENCY_TTL. */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.idempotency")
public interface IdempotencyConfig {

    /** How long POST /statements remembers an Idempotency-Key and its response. */
    @WithDefault("P1D")
    Duration ttl();
}
