package io.statements.auth;

import java.util.Set;

/** The separate rate-limit budgets: an ingestion loop exhausting its bulk budget can still read and write. */
enum Budget {
    READS("reads"), WRITES("writes"), BULK("bulk");

    /** Operations that run extraction or many writes at once. */
    private static final Set<String> BULK_PATHS = Set.of("/statements/bulk", "/articles", "/extractions");

    final String policy;

    Budget(String policy) {
        this.policy = policy;
    }

    static Budget of(String method, String path) {
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return READS;
        }
        return "POST".equals(method) && BULK_PATHS.contains(path) ? BULK : WRITES;
    }
}
