package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.statements.replica.ReadDatabase;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.inject.Singleton;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The search feature's queries ({@link Sql}) on the database list reads use ({@link ReadDatabase}: the primary, or
 * the read replica when one is configured and has replayed what the request asks to see).
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class SearchDatabase {

    private final ReadDatabase reads;

    SearchDatabase(ReadDatabase reads) {
        this.reads = reads;
    }

    /** Runs a query as a prepared statement (cached per connection); completes on the event loop. */
    Uni<RowSet<Row>> query(Sql sql) {
        return reads.query(sql.numbered(), sql.tuple());
    }

    /** Runs a query and reads its rows with {@code read}, failures turned by {@code failure}. */
    <T> Uni<T> query(Sql sql, Function<RowSet<Row>, T> read, UnaryOperator<Throwable> failure) {
        return reads.query(sql.numbered(), sql.tuple(), read, failure);
    }

    /** Queries on the database this request reads, chosen now (see {@link ReadDatabase#pinned()}). */
    Function<Sql, Uni<RowSet<Row>>> pinned() {
        ReadDatabase.Reads pinned = reads.pinned();
        return sql -> pinned.query(sql.numbered(), sql.tuple());
    }
}
