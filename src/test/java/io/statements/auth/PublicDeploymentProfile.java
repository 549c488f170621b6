package io.statements.auth;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * A service opened to browsers and the public: one allowed frontend origin ({@link FrontendOrigin}), anonymous
 * reads, and small rate-limit budgets so a test can exhaust them (admins keep a large one for the tests' own key
 * management).
 */
public class PublicDeploymentProfile implements QuarkusTestProfile {

    static final int READS = 5;
    static final int WRITES = 3;
    static final int ANONYMOUS_READS = 4;

    /** The allowed frontend origin (statements.cors.origins) is a loopback web server on a free port. */
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FrontendOrigin.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("statements.auth.anonymous-read", "true"),
                Map.entry("statements.rate-limit.reads", Integer.toString(READS)),
                Map.entry("statements.rate-limit.writes", Integer.toString(WRITES)),
                Map.entry("statements.rate-limit.bulk", "2"),
                Map.entry("statements.rate-limit.anonymous-reads", Integer.toString(ANONYMOUS_READS)),
                Map.entry("statements.rate-limit.window", "PT1H"),
                Map.entry("statements.rate-limit.role.ingester.bulk", "2"),
                Map.entry("statements.rate-limit.role.ingester.writes", "3"),
                Map.entry("statements.rate-limit.role.admin.reads", "100000"),
                Map.entry("statements.rate-limit.role.admin.writes", "100000"),
                Map.entry("statements.rate-limit.role.admin.bulk", "100000"));
    }
}
