package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Folds the tallies' deltas into the tallies (V31_1, {@code statements_tally_compact}), on the primary, every
 * {@code statements.search.tallies.compact-every}. Reads are exact without it ({@link TallyQueries} adds the deltas);
 * folding keeps the deltas, and so every read of the stance matrix and the timeline, small. Several instances may
 * fold: the database lets one at a time, the others return at once.
 */
@ApplicationScoped
class TallyCompaction {

    private static final Logger LOG = Logger.getLogger(TallyCompaction.class);

    private final AgroalDataSource dataSource;

    TallyCompaction(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(identity = "tally-compaction", every = "${statements.search.tallies.compact-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void step() {
        try {
            compactNow();
        } catch (SQLException e) {
            // the deltas stay and are counted by every read; the next run folds them
            LOG.warnf("tally compaction paused: %s", e.getMessage());
        }
    }

    /** Folds the deltas there are now; returns how many delta rows were folded (0 when another fold is running). */
    long compactNow() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select statements_tally_compact()")) {
            rs.next();
            long folded = rs.getLong(1);
            if (folded > 0) {
                LOG.debugf("folded %d tally delta rows", folded);
            }
            return folded;
        }
    }
}
