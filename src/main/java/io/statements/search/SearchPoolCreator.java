package io.statements.search;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.statements.replica.ReadDatabase;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds the reactive pool from everything Quarkus derived from {@code quarkus.datasource.reactive.*} (hosts,
 * credentials, SCRAM, TLS, size, metrics name) and adds the one bound it has no setting for: how many searches may
 * wait for a connection ({@link SearchConfig#maxWaiting()}); beyond it a search fails at once with a 503 rather
 * than queueing without end. Also the longest SQL whose prepared statement is kept ({@link ReadDatabase#STATEMENT_CACHE_SQL_LIMIT}) and the
 * longest a read may run ({@link SearchConfig#statementTimeout()}).
 */
@ApplicationScoped
class SearchPoolCreator implements PgPoolCreator {

    private final SearchConfig config;

    SearchPoolCreator(SearchConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        return PgBuilder.pool()
                .with(input.poolOptions().setMaxWaitQueueSize(config.maxWaiting()))
                .connectingTo(input.pgConnectOptionsList().stream()
                        .<SqlConnectOptions>map(o -> o.setPreparedStatementCacheSqlLimit(ReadDatabase.STATEMENT_CACHE_SQL_LIMIT)
                                .addProperty("statement_timeout", String.valueOf(config.statementTimeout().toMillis())))
                        .toList())
                .using(input.vertx())
                .build();
    }
}
