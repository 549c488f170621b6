package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The non-blocking PostgreSQL client searches run on: Quarkus' reactive datasource (quarkus-reactive-pg-client,
 * {@code quarkus.datasource.reactive.*}), the same database as the JDBC datasource. A search is a sub-millisecond
 * indexed query; handing it from the HTTP event loop to a worker thread and back (as blocking JDBC requires) cost
 * more CPU than the query itself, so GET /statements stays on the event loop from request to response.
 * <p>
 * With a read replica ({@link ReadReplica}) searches read there: a request carrying a commit position only once
 * the replica has replayed it, and any request from the primary when the replica fails to answer.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class SearchDatabase {

    private static final String REPLAYED = "select pg_last_wal_replay_lsn() >= $1::pg_lsn";

    private final Pool primary;
    private final ReadReplica replica;
    private final ReadPosition position;

    SearchDatabase(Pool primary, ReadReplica replica, ReadPosition position) {
        this.primary = primary;
        this.replica = replica;
        this.position = position;
    }

    /** Runs a query as a prepared statement (cached per connection); completes on the event loop. */
    Uni<RowSet<Row>> query(Sql sql) {
        if (!replica.configured()) {
            return run(primary, sql);
        }
        return on(chosen(), sql);
    }

    /**
     * Queries on the database this request reads, chosen now: for work that goes on after the request's context
     * is gone (an export streamed to a slow client), which could no longer look the choice up.
     */
    Function<Sql, Uni<RowSet<Row>>> pinned() {
        if (!replica.configured()) {
            return sql -> run(primary, sql);
        }
        Uni<Pool> chosen = chosen();
        return sql -> on(chosen, sql);
    }

    private Uni<RowSet<Row>> on(Uni<Pool> chosen, Sql sql) {
        return chosen.chain(pool -> pool == primary ? run(primary, sql) : run(pool, sql)
                .onFailure(SearchDatabase::replicaTrouble).recoverWithUni(e -> {
                    replica.failed(e);
                    return run(primary, sql);
                }));
    }

    /**
     * Runs a query and reads its rows with {@code read}, failures turned by {@code failure}: without a replica, all
     * in the client's own callback, one Uni stage in all (every Mutiny stage captures and restores the request's
     * context, a measurable share of a cheap search's CPU).
     */
    <T> Uni<T> query(Sql sql, Function<RowSet<Row>, T> read, UnaryOperator<Throwable> failure) {
        if (!replica.configured()) {
            return run(primary, sql, read, failure);
        }
        return query(sql).onFailure().transform(failure).map(read);
    }

    private Uni<Pool> chosen() {
        Uni<Pool> chosen = position.chosen();
        if (chosen == null) {
            chosen = choose().memoize().indefinitely();
            position.chosen(chosen);
        }
        return chosen;
    }

    private Uni<Pool> choose() {
        if (!replica.usable()) {
            return Uni.createFrom().item(primary);
        }
        String lsn = position.lsn();
        if (lsn == null) {
            return Uni.createFrom().item(replica.lagging() ? primary : replica.pool());
        }
        return Uni.createFrom().completionStage(() -> replica.pool().preparedQuery(REPLAYED).execute(Tuple.of(lsn))
                        .toCompletionStage())
                .map(rows -> Boolean.TRUE.equals(rows.iterator().next().getBoolean(0)) ? replica.pool() : primary)
                .onFailure().recoverWithItem(e -> {
                    replica.failed(e);
                    return primary;
                });
    }

    private static Uni<RowSet<Row>> run(Pool pool, Sql sql) {
        return run(pool, sql, Function.identity(), UnaryOperator.identity());
    }

    /** Straight from the client's callback to the Uni: no CompletionStage and no stage per step in between. */
    private static <T> Uni<T> run(Pool pool, Sql sql, Function<RowSet<Row>, T> read, UnaryOperator<Throwable> failure) {
        return Uni.createFrom().emitter(emitter -> pool.preparedQuery(sql.numbered()).execute(sql.tuple())
                .onComplete(result -> {
                    if (result.failed()) {
                        emitter.fail(failure.apply(result.cause()));
                        return;
                    }
                    T value;
                    try {
                        value = read.apply(result.result());
                    } catch (RuntimeException e) {
                        emitter.fail(e);
                        return;
                    }
                    emitter.complete(value);
                }));
    }

    /**
     * Worth a retry on the primary: no connection, or the replica cancelled the query (conflict with recovery,
     * shutdown, too many connections). A bad query fails on the primary too, so it is not retried.
     */
    private static boolean replicaTrouble(Throwable e) {
        if (e instanceof PgException pg) {
            String state = pg.getSqlState();
            return state == null || state.startsWith("40") || state.startsWith("57") || state.startsWith("08")
                    || state.startsWith("53");
        }
        return true;
    }
}
