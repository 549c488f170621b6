package io.statements.auth;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service opened to browsers and the public: one allowed frontend origin, anonymous reads, and small rate-limit
 * budgets so a test can exhaust them (admins keep a large one for the tests' own key management).
 */
public class PublicDeploymentProfile implements QuarkusTestProfile {

    /** Loopback origins: a public page calling localhost would also meet Chromium's local-network rules. */
    static final String ALLOWED_ORIGIN = "http://localhost:5173";
    static final int READS = 5;
    static final int WRITES = 3;
    static final int ANONYMOUS_READS = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // the Quarkus property that STATEMENTS_CORS_ORIGINS feeds (application.properties)
                Map.entry("quarkus.http.cors.origins", ALLOWED_ORIGIN),
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
