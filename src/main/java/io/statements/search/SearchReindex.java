package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Re-indexes, in the background, statements whose full-text vector was not built with their language's text search
 * configuration: rows stored before V15_1 kept their English vectors (no table rewrite in the migration), so a
 * Russian statement among them would not be found by its inflected forms. Walks the table once per start in id
 * order, a slice at a time, each slice one short transaction that sets the language to itself (the trigger then
 * builds the vector again) where the stored configuration is not the language's. Several instances may walk at
 * once: a row another one re-indexed meanwhile no longer matches and is left alone. Done once the walk reaches the
 * end: new and edited rows are indexed right by the trigger. The first complete walk is recorded (V26_1), and
 * instances started afterwards do not walk at all: the walk reads every row, 7 minutes of database time at 10M.
 */
@ApplicationScoped
class SearchReindex {

    private static final Logger LOG = Logger.getLogger(SearchReindex.class);
    private static final String SLICE_END = "select id::text from (select id from statement where id > ?::uuid"
            + " order by id limit ?) slice order by id desc limit 1";
    private static final String RECORDED = "select exists (select 1 from search_reindex_done)";
    private static final String RECORD = "insert into search_reindex_done (done_at) values (statement_timestamp())"
            + " on conflict (id) do nothing";
    private static final String REINDEX = "update statement set language = language where id > ?::uuid and id <= ?::uuid"
            + " and text_search_config <> statements_text_config(language)";

    private final AgroalDataSource dataSource;
    private final int slice;
    private volatile UUID after = new UUID(0, 0);
    private volatile boolean done;
    /** Whether this instance has yet to ask if an earlier walk was recorded (not after {@link #restart()}). */
    private volatile boolean askRecord = true;
    private long reindexed;

    SearchReindex(AgroalDataSource dataSource, SearchConfig config) {
        this.dataSource = dataSource;
        this.slice = config.reindexSlice();
    }

    @Scheduled(identity = "search-reindex", every = "${statements.search.reindex.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void step() {
        if (done) {
            return;
        }
        try {
            stepNow();
        } catch (SQLException e) {
            // the next step tries the same slice again
            LOG.warnf("search re-index paused: %s", e.getMessage());
        }
    }

    /** Re-indexes the next slice; returns how many statements it re-indexed (0 also once done). */
    synchronized int stepNow() throws SQLException {
        if (done) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            if (askRecord) {
                askRecord = false;
                if (recorded(c)) {
                    done = true;
                    return 0;
                }
            }
            String end;
            try (PreparedStatement st = c.prepareStatement(SLICE_END)) {
                st.setString(1, after.toString());
                st.setInt(2, slice);
                try (ResultSet rs = st.executeQuery()) {
                    end = rs.next() ? rs.getString(1) : null;
                }
            }
            if (end == null) {
                try (PreparedStatement st = c.prepareStatement(RECORD)) {
                    st.executeUpdate();
                }
                done = true;
                if (reindexed > 0) {
                    LOG.infof("search re-index done: %,d statements indexed in their language again", reindexed);
                }
                return 0;
            }
            int count;
            try (PreparedStatement st = c.prepareStatement(REINDEX)) {
                st.setString(1, after.toString());
                st.setString(2, end);
                count = st.executeUpdate();
            }
            after = UUID.fromString(end);
            reindexed += count;
            if (count > 0) {
                LOG.infof("search re-index: %,d statements indexed in their language again (up to id %s)", count, end);
            }
            return count;
        }
    }

    private static boolean recorded(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(RECORDED); ResultSet rs = st.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    boolean done() {
        return done;
    }

    /** Walks the table again from its start, even when a complete walk was recorded. */
    synchronized void restart() {
        after = new UUID(0, 0);
        done = false;
        askRecord = false;
    }

    /** As a newly started instance: walks only if no complete walk was recorded. */
    synchronized void restartAsNewInstance() {
        restart();
        askRecord = true;
    }
}
