package io.statements.replica;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where list reads run (searches, facets, stances, the timeline, the export, and the lists of speakers, outlets and
 * utterances): Quarkus' non-blocking PostgreSQL client ({@code quarkus.datasource.reactive.*}) on the primary, or,
 * with a read replica ({@link ReadReplica}), on the replica: a request carrying a commit position
 * ({@link ReadYourWrites}) only once the replica has replayed it, and any request from the primary when the replica
 * fails to answer. The database is chosen once per request, so every query of one request reads the same one.
 * <p>
 * Non-blocking because a search is a sub-millisecond indexed query: handing it from the HTTP event loop to a worker
 * thread and back (as blocking JDBC requires) cost more CPU than the query itself.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
public class ReadDatabase {

    /**
     * The client keeps prepared statements only for SQL up to 2,048 characters by default; a search page with q and a
     * few filters is longer (bounded relevance's two branches, the highlight, a branch for each search period: 12.5
     * kB with the default 20 periods), and a statement that is not kept is planned anew on every request (7-12 ms for
     * such a page, more than running it).
     */
    public static final int STATEMENT_CACHE_SQL_LIMIT = 32_768;

    private static final String REPLAYED = "select pg_last_wal_replay_lsn() >= $1::pg_lsn";

    private final Pool primary;
    private final ReadReplica replica;
    private final ReadPosition position;

    ReadDatabase(Pool primary, ReadReplica replica, ReadPosition position) {
        this.primary = primary;
        this.replica = replica;
        this.position = position;
    }

    /** Queries on one chosen database; {@code sql} has PostgreSQL's numbered placeholders ($1, $2, ...). */
    @FunctionalInterface
    public interface Reads {
        Uni<RowSet<Row>> query(String sql, Tuple args);
    }

    /** Runs a query as a prepared statement (cached per connection); completes on the event loop. */
    public Uni<RowSet<Row>> query(String sql, Tuple args) {
        if (!replica.configured()) {
            return run(primary, sql, args, Function.identity(), UnaryOperator.identity());
        }
        return on(chosen(), pool -> run(pool, sql, args, Function.identity(), UnaryOperator.identity()));
    }

    /**
     * Runs a query and reads its rows with {@code read}, failures turned by {@code failure}: without a replica, all
     * in the client's own callback, one Uni stage in all (every Mutiny stage captures and restores the request's
     * context, a measurable share of a cheap search's CPU).
     */
    public <T> Uni<T> query(String sql, Tuple args, Function<RowSet<Row>, T> read, UnaryOperator<Throwable> failure) {
        if (!replica.configured()) {
            return run(primary, sql, args, read, failure);
        }
        return query(sql, args).onFailure().transform(failure).map(read);
    }

    /**
     * Several statements in one read-only transaction on the chosen database (for a setting that must hold for one
     * query only: {@code set_config(..., true)}). On the replica's trouble the whole work runs again on the primary.
     */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Future<T>> work) {
        Function<Pool, Uni<T>> transaction = pool -> Uni.createFrom().completionStage(
                () -> pool.withTransaction(work).toCompletionStage());
        if (!replica.configured()) {
            return transaction.apply(primary);
        }
        return on(chosen(), transaction);
    }

    /**
     * Queries on the database this request reads, chosen now: for work that goes on after the request's context
     * is gone (an export streamed to a slow client), which could no longer look the choice up.
     */
    public Reads pinned() {
        if (!replica.configured()) {
            return (sql, args) -> run(primary, sql, args, Function.identity(), UnaryOperator.identity());
        }
        Uni<Pool> chosen = chosen();
        return (sql, args) -> on(chosen, pool -> run(pool, sql, args, Function.identity(), UnaryOperator.identity()));
    }

    private <T> Uni<T> on(Uni<Pool> chosen, Function<Pool, Uni<T>> work) {
        return chosen.chain(pool -> pool == primary ? work.apply(primary) : work.apply(pool)
                .onFailure(ReadDatabase::replicaTrouble).recoverWithUni(e -> {
                    replica.failed(e);
                    return work.apply(primary);
                }));
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

    /** Straight from the client's callback to the Uni: no CompletionStage and no stage per step in between. */
    private static <T> Uni<T> run(Pool pool, String sql, Tuple args, Function<RowSet<Row>, T> read,
                                  UnaryOperator<Throwable> failure) {
        return Uni.createFrom().emitter(emitter -> pool.preparedQuery(sql).execute(args)
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
