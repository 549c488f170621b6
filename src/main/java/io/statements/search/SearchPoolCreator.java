package io.statements.search;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds the reactive pool from everything Quarkus derived from {@code quarkus.datasource.reactive.*} (hosts,
 * credentials, SCRAM, TLS, size, metrics name) and adds the one bound it has no setting for: how many searches may
 * wait for a connection ({@link SearchConfig#maxWaiting()}); beyond it a search fails at once with a 503 rather
 * than queueing without end. Also the longest SQL whose prepared statement is kept ({@link #STATEMENT_CACHE_SQL_LIMIT}).
 */
@ApplicationScoped
class SearchPoolCreator implements PgPoolCreator {

    /**
     * The client keeps prepared statements only for SQL up to 2,048 characters by default; a search page with q and a
     * few filters is longer (bounded relevance's two branches, the highlight), and a statement that is not kept is
     * planned anew on every request (7 ms for such a page, more than running it).
     */
    static final int STATEMENT_CACHE_SQL_LIMIT = 16_384;

    private final SearchConfig config;

    SearchPoolCreator(SearchConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        return PgBuilder.pool()
                .with(input.poolOptions().setMaxWaitQueueSize(config.maxWaiting()))
                .connectingTo(input.pgConnectOptionsList().stream()
                        .<SqlConnectOptions>map(o -> o.setPreparedStatementCacheSqlLimit(STATEMENT_CACHE_SQL_LIMIT))
                        .toList())
                .using(input.vertx())
                .build();
    }
}
