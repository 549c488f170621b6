package io.statements.search;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search settings beyond the reactive datasource's own ({@code quarkus.datasource.reactive.*}). */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.search")
public interface SearchConfig {

    /** Most searches waiting for a connection; beyond it a search fails at once instead of queueing. */
    @WithDefault("1000")
    int maxWaiting();

    /**
     * Who writes a page of results: STREAMING ({@link SearchPageWriter}) or JACKSON (the generic mapper; with
     * quarkus.rest.jackson.optimization.enable-reflection-free-serializers at build time, its generated
     * serializers). Only for the comparison in bench/search/compare-writers.sh.
     */
    @WithDefault("STREAMING")
    PageWriter pageWriter();

    enum PageWriter { STREAMING, JACKSON }
}
