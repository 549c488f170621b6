package io.statements.change;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Environment: STATEMENTS_CHANGES_POLL_INTERVAL, STATEMENTS_CHANGES_HEARTBEAT, STATEMENTS_CHANGES_MAX_STREAMS. */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.changes")
public interface ChangeStreamConfig {

    /** How often open streams look for new changes. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** Idle streams get a comment this often, so proxies keep them open and closed clients are noticed. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** Most concurrently open streams; more get 503. */
    @WithDefault("100")
    int maxStreams();
}
