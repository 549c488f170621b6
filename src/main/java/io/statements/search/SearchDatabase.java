package io.statements.search;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The non-blocking PostgreSQL client searches run on. A search is a sub-millisecond indexed query; handing
 * it from the HTTP event loop to a worker thread and back (as blocking JDBC requires) cost more CPU than
 * the query itself, so GET /statements stays on the event loop from request to response. It connects to
 * the same database as the JDBC datasource, read from the same settings (quarkus.datasource.jdbc.url,
 * username, password), so there is nothing more to configure.
 */
@Startup // a datasource URL this pool cannot use stops the start, not the first search
@ApplicationScoped
class SearchDatabase {

    private final Pool pool;

    SearchDatabase(Vertx vertx, SearchConfig config,
                   @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                   @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                   @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PoolOptions pooling = new PoolOptions().setMaxSize(config.poolSize()).setMaxWaitQueueSize(config.maxWaiting())
                .setName("statements-search");
        this.pool = PgBuilder.pool().with(pooling).connectingTo(connectOptions(jdbcUrl, username, password))
                .using(vertx).build();
    }

    /** Runs a query as a prepared statement (cached per connection); completes on the event loop. */
    Uni<RowSet<Row>> query(Sql sql) {
        return Uni.createFrom().completionStage(() -> pool.preparedQuery(sql.numbered()).execute(sql.tuple())
                .toCompletionStage());
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    /** jdbc:postgresql://host[:port]/database[?user=..&password=..&sslmode=..]; settings win over URL values. */
    static PgConnectOptions connectOptions(String jdbcUrl, Optional<String> username, Optional<String> password) {
        URI uri = null;
        if (jdbcUrl.startsWith("jdbc:postgresql://")) {
            try {
                uri = new URI(jdbcUrl.substring("jdbc:".length()));
            } catch (URISyntaxException e) {
                uri = null;
            }
        }
        if (uri == null || uri.getHost() == null) {
            throw new IllegalStateException("quarkus.datasource.jdbc.url must be jdbc:postgresql://host[:port]/database"
                    + " (one host) for the search connection pool");
        }
        Map<String, String> params = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? null : uri.getPath().substring(1);
        PgConnectOptions options = new PgConnectOptions().setHost(uri.getHost())
                .setPort(uri.getPort() < 0 ? 5432 : uri.getPort()).setCachePreparedStatements(true)
                .setPreparedStatementCacheMaxSize(256);
        username.or(() -> Optional.ofNullable(params.get("user"))).ifPresent(options::setUser);
        password.or(() -> Optional.ofNullable(params.get("password"))).ifPresent(options::setPassword);
        options.setDatabase(database != null ? database : options.getUser());
        Optional.ofNullable(params.get("sslmode")).map(SslMode::of).ifPresent(options::setSslMode);
        return options;
    }
}
