package io.statements.utterance;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linker's speaker locks, as PostgreSQL holds them: one per speaker (and its bucket shared) for a usual
 * transaction, at most {@link LinkStore#LOCK_BUCKETS} bucket locks for one of very many speakers, so that concurrent
 * bulk chunks of thousands of speakers cannot fill the shared lock table.
 */
@QuarkusTest
class SpeakerLocksTest {

    @Inject
    DataSource dataSource;

    @Test
    void aFewSpeakersAreLockedOneByOneUnderSharedBuckets() throws Exception {
        List<String> modes = locks(speakers(10));
        assertEquals(10, modes.stream().filter("ExclusiveLock"::equals).count(), modes.toString());
        long shared = modes.stream().filter("ShareLock"::equals).count();
        assertTrue(shared >= 1 && shared <= 10, modes.toString());
    }

    @Test
    void veryManySpeakersLockTheirBucketsInstead() throws Exception {
        List<String> modes = locks(speakers(3000)); // beyond 8 × max_locks_per_transaction with the default 64
        assertTrue(modes.size() <= LinkStore.LOCK_BUCKETS, "locks: " + modes.size());
        assertTrue(modes.size() > LinkStore.LOCK_BUCKETS / 2, "locks: " + modes.size());
        assertTrue(modes.stream().allMatch("ExclusiveLock"::equals), modes.toString());
    }

    private static List<UUID> speakers(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** Takes the locks in a transaction and lists the modes of the advisory locks it then holds. */
    private List<String> locks(List<UUID> speakers) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                LinkStore.lockSpeakers(c, speakers);
                List<String> modes = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select mode from pg_locks"
                        + " where locktype = 'advisory' and pid = pg_backend_pid()")) {
                    while (rs.next()) {
                        modes.add(rs.getString(1));
                    }
                }
                return modes;
            } finally {
                c.rollback();
            }
        }
    }
}
