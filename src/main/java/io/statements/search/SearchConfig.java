package io.statements.search;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The non-blocking connection pool GET /statements runs on ({@link SearchDatabase}). */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.search")
public interface SearchConfig {

    /** Most connections the search pool opens (besides the JDBC pool used by everything else). */
    @WithDefault("10")
    int poolSize();

    /** Most searches waiting for a connection; beyond it a search fails at once instead of queueing. */
    @WithDefault("1000")
    int maxWaiting();
}
