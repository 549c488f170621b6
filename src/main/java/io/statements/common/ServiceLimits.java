package io.statements.common;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Service-wide input bounds. */
@StaticInitSafe
@ConfigMapping(prefix = "statements")
public interface ServiceLimits {

    /** Largest accepted JSON request body, in bytes. */
    @WithDefault("1048576")
    long maxBodyBytes();
}
