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
 * Keeps the word shares that bounded relevance reads ({@link BoundedRelevance}, table search_lexeme_share) in step
 * with PostgreSQL's statistics of the statements' words, which autovacuum's ANALYZE refreshes as the table grows; and
 * the speakers' and outlets' shares of all statements (search_column_share, V33_1) with those columns' statistics.
 * Runs on the primary (the JDBC datasource); replicas receive the table by replication.
 */
@ApplicationScoped
class SearchStatistics {

    private static final Logger LOG = Logger.getLogger(SearchStatistics.class);

    private final AgroalDataSource dataSource;

    SearchStatistics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(identity = "search-word-shares", every = "${statements.search.relevance.refresh-every}",
            delayed = "${statements.search.relevance.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            LOG.debugf("search shares refreshed: %d common words, speakers and outlets", refreshNow());
        } catch (SQLException e) {
            // searches keep the previous shares; a narrow plan is always correct, only slower for broad words
            LOG.warnf("search word shares not refreshed: %s", e.getMessage());
        }
    }

    int refreshNow() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select statements_refresh_lexeme_shares() + statements_refresh_column_shares()")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
