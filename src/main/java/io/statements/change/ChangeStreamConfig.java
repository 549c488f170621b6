package io.statements.change;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Environment: STATEMENTS_CHANGES_POLL_INTERVAL, STATEMENTS_CHANGES_HEARTBEAT, STATEMENTS_CHANGES_MAX_STREAMS. */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.changes")
public interface ChangeStreamConfig {

    /** How often open streams look for new changes (a quarkus-scheduler job: whole seconds, at least 1 s). */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Idle streams get a comment this often, so proxies keep them open and closed clients are noticed. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** Most concurrently open streams; more get 503. */
    @WithDefault("100")
    int maxStreams();
}
