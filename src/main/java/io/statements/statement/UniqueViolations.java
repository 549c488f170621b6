package io.statements.statement;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) however deeply the persistence layers wrapped it. */
final class UniqueViolations {

    private UniqueViolations() {
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
