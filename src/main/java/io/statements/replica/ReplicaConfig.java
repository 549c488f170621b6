package io.statements.replica;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * An optional read-only replica ({@code statements.replica.*}) that searches read from: in Kubernetes,
 * CloudNativePG's {@code <cluster>-ro} service. Same role and password as the primary (a physical replica has the
 * primary's roles).
 */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.replica")
public interface ReplicaConfig {

    /** postgresql://host:5432/db of the replica; absent, every read goes to the primary. */
    Optional<String> url();

    /** Most connections to the replica. */
    @WithDefault("10")
    int maxSize();

    /** Replay lag beyond which readiness reports the replica LAGGING and reads without a position avoid it. */
    @WithDefault("PT30S")
    Duration maxLag();

    /** After a failed connection, how long reads go to the primary before the replica is tried again. */
    @WithDefault("PT5S")
    Duration retryAfter();
}
