package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The non-blocking PostgreSQL client searches run on: Quarkus' reactive datasource (quarkus-reactive-pg-client,
 * {@code quarkus.datasource.reactive.*}), the same database as the JDBC datasource. A search is a sub-millisecond
 * indexed query; handing it from the HTTP event loop to a worker thread and back (as blocking JDBC requires) cost
 * more CPU than the query itself, so GET /statements stays on the event loop from request to response.
 */
@ApplicationScoped
class SearchDatabase {

    private final Pool pool;

    SearchDatabase(Pool pool) {
        this.pool = pool;
    }

    /** Runs a query as a prepared statement (cached per connection); completes on the event loop. */
    Uni<RowSet<Row>> query(Sql sql) {
        return Uni.createFrom().completionStage(() -> pool.preparedQuery(sql.numbered()).execute(sql.tuple())
                .toCompletionStage());
    }
}
