package io.statements.common;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures answer 503 + Retry-After instead of 500: the shapes the drivers and Narayana really throw. */
class DatabaseUnavailableTest {

    @Test
    void aCommitThatLostItsConnectionIsUnavailableThoughTheDriverErrorIsOnlySuppressed() {
        // What a write saw in DatabaseRestartIT when the server stopped between its last statement and its commit.
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST));
        assertTrue(DatabaseUnavailable.isCause(new QuarkusTransactionException(rollback)));
    }

    @Test
    void aBatchWhoseNextExceptionIsAShutdownIsUnavailable() {
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException("Batch entry 0 was aborted", new int[0]);
        batch.setNextException(new PSQLException("terminating connection due to administrator command",
                PSQLState.CONNECTION_FAILURE));
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException(batch)));
    }

    @Test
    void aRefusedChangeIsNotUnavailableWhereverItSits() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new PSQLException("duplicate key value violates unique constraint",
                PSQLState.UNIQUE_VIOLATION));
        assertFalse(DatabaseUnavailable.isCause(new QuarkusTransactionException(rollback)));
        assertFalse(DatabaseUnavailable.isCause(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseUnavailable.isCause(null));
    }

    @Test
    void aCycleOfSuppressedExceptionsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertFalse(DatabaseUnavailable.isCause(first));
        for (int i = 0; i < 200; i++) {
            second.addSuppressed(new RuntimeException("noise " + i));
        }
        second.addSuppressed(new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST));
        assertFalse(DatabaseUnavailable.isCause(first), "looks at a bounded number of exceptions, not all");
    }
}
