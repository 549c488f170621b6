package io.statements.ops;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Log output settings (STATEMENTS_LOG_JSON). A mapping, because undeclared statements.* keys are rejected. */
@StaticInitSafe
@ConfigMapping(prefix = "statements.log")
interface LogSettings {

    /** One JSON object per console line instead of text. */
    @WithDefault("false")
    boolean json();
}
