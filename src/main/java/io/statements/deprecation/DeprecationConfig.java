package io.statements.deprecation;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Operations announced for removal (docs/api-policy.md), by operationId:
 * {@code statements.api.deprecations.<operationId>.since|sunset|link}. None today. Static-init safe like
 * {@code ServiceLimits} (prefix {@code statements}), which otherwise claims these names before this mapping exists.
 */
@StaticInitSafe
@ConfigMapping(prefix = "statements.api")
public interface DeprecationConfig {

    /** By operationId; empty: nothing is deprecated. */
    Map<String, Deprecation> deprecations();

    interface Deprecation {

        /** When the operation was deprecated: the {@code Deprecation} header (RFC 9745). */
        Instant since();

        /** When it stops working: the {@code Sunset} header (RFC 8594); at least 6 months after since. */
        Instant sunset();

        /** The changelog entry naming the replacement: {@code Link: <...>; rel="deprecation"}. */
        Optional<String> link();
    }
}
