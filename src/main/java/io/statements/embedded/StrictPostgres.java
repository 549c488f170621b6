package io.statements.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * A real PostgreSQL set up the way a production cluster is (CloudNativePG's defaults): passwords stored as
 * SCRAM-SHA-256, every connection (TCP and socket) must authenticate with SCRAM, and the service's database is
 * owned by a non-superuser application role; the extensions the schema needs are created by the superuser at
 * bootstrap ({@link PostgresAdmin}). The embedded default and the tests both run on it, so nothing passes in a
 * kinder world than production. A restart on the same data directory finds everything in place.
 */
public final class StrictPostgres implements Closeable {

    private final EmbeddedPostgres server;
    private final PostgresAdmin admin;

    private StrictPostgres(EmbeddedPostgres server, PostgresAdmin admin) {
        this.server = server;
        this.admin = admin;
    }

    /**
     * Starts (initialising on first use) a server in {@code dataDir} on {@code port} (0: any free port) and
     * bootstraps it with {@code credentials}.
     */
    public static StrictPostgres start(Path dataDir, DatabaseCredentials credentials, int port,
                                       Map<String, String> serverConfig) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's own readiness check connects as the superuser: with SCRAM required it needs the password
                .setConnectConfig("password", credentials.superuserPassword());
        if (port > 0) {
            builder.setPort(port);
        }
        serverConfig.forEach(builder::setServerConfig);
        EmbeddedPostgres server = builder.start();
        StrictPostgres postgres = new StrictPostgres(server, new PostgresAdmin(server.getPort(), credentials));
        try {
            postgres.admin.bootstrap(dataDir);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not bootstrap the embedded PostgreSQL: " + e.getMessage(), e);
        }
        return postgres;
    }

    /** The application's JDBC URL (no credentials in it). */
    public String jdbcUrl() {
        return admin.jdbcUrl(PostgresAdmin.DATABASE);
    }

    /** The same database for the reactive client (quarkus.datasource.reactive.url). */
    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + PostgresAdmin.DATABASE;
    }

    public int port() {
        return server.getPort();
    }

    public DatabaseCredentials credentials() {
        return admin.credentials();
    }

    public PostgresAdmin admin() {
        return admin;
    }

    /** Fast shutdown (as a failover or restart does); a new {@link #start} on the same directory resumes. */
    @Override
    public void close() throws IOException {
        server.close();
    }
}
