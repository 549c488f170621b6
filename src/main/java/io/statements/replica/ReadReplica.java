package io.statements.replica;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The replica's own non-blocking pool, and what is known of its state: whether it answered lately and how far
 * behind the primary it replays. A replica that fails a connection is avoided for {@link ReplicaConfig#retryAfter()};
 * one lagging past {@link ReplicaConfig#maxLag()} serves only reads that carry a position it has reached.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class ReadReplica {

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    /** Lag as replicas measure it: zero when all WAL received is replayed, else the age of the last replayed commit. */
    static final String LAG = "select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
            + " else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000, 0) end::bigint,"
            + " pg_last_wal_replay_lsn()::text, pg_is_in_recovery()";

    private final ReplicaConfig config;
    private final Pool pool;
    private volatile long avoidUntil = System.nanoTime();
    private volatile boolean lagging;

    ReadReplica(ReplicaConfig config, Vertx vertx, @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                @ConfigProperty(name = "statements.search.statement-timeout") Duration statementTimeout) {
        this.config = config;
        this.pool = config.url().map(url -> {
            PgConnectOptions options = PgConnectOptions.fromUri(url).setConnectTimeout(2000)
                    .setCachePreparedStatements(true)
                    .setPreparedStatementCacheSqlLimit(ReadDatabase.STATEMENT_CACHE_SQL_LIMIT)
                    .addProperty("statement_timeout", String.valueOf(statementTimeout.toMillis()));
            user.ifPresent(options::setUser);
            password.ifPresent(options::setPassword);
            return PgBuilder.pool().with(new PoolOptions().setMaxSize(config.maxSize()).setMaxWaitQueueSize(1000))
                    .connectingTo(options).using(vertx).build();
        }).orElse(null);
    }

    boolean configured() {
        return pool != null;
    }

    /** Configured and not avoided after a recent failure. */
    boolean usable() {
        return pool != null && System.nanoTime() - avoidUntil >= 0;
    }

    /** Lagging past the bound at the last readiness probe: reads without a position avoid it too. */
    boolean lagging() {
        return lagging;
    }

    void lagging(boolean value) {
        lagging = value;
    }

    Pool pool() {
        return pool;
    }

    Duration maxLag() {
        return config.maxLag();
    }

    /** Reads go to the primary for a while: the replica failed to answer. */
    void failed(Throwable cause) {
        avoidUntil = System.nanoTime() + config.retryAfter().toNanos();
        LOG.warnf("read replica unavailable, reading from the primary for %s: %s", config.retryAfter(),
                cause.getMessage());
    }

    /** The replica's lag in milliseconds, replayed position and whether it is in recovery. */
    Uni<Row> state() {
        return Uni.createFrom().completionStage(() -> pool.query(LAG).execute().toCompletionStage())
                .map(rows -> rows.iterator().next());
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
