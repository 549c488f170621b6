package io.statements.embedded;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL 17 (zonky binaries from Maven Central) whose data persists in
 * {@code STATEMENTS_DATA_DIR} (default {@code ./data}); used only when no datasource URL is configured.
 * It is as strict as production ({@link StrictPostgres}): SCRAM passwords on every connection and the service
 * connecting as the non-superuser role that owns the schema. The passwords are generated on first start and kept
 * in {@code STATEMENTS_DATA_DIR/credentials} (mode 0600). Its configuration is read from the environment and
 * system properties because it must exist before Quarkus reads its own configuration.
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static StrictPostgres running;
    private static Path runningDataDir;

    private EmbeddedDatabase() {
    }

    public static synchronized void startUnlessConfigured() {
        if (running != null || isConfigured(URL_PROPERTY)) {
            return;
        }
        Path dataDir = Path.of(setting("statements.data-dir", "./data")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
            DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(dataDir.resolve("credentials"));
            int port = Integer.parseInt(setting("statements.embedded-db.port", "0"));
            running = StrictPostgres.start(dataDir.resolve("pg"), credentials,
                    port != 0 ? port : freePortOtherThan(Integer.parseInt(setting("quarkus.http.port", "8080"))),
                    Map.of("max_connections", "100"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
        runningDataDir = dataDir;
        System.setProperty(URL_PROPERTY, running.jdbcUrl());
        System.setProperty("quarkus.datasource.reactive.url", running.reactiveUrl());
        System.setProperty("quarkus.datasource.username", PostgresAdmin.OWNER);
        System.setProperty("quarkus.datasource.password", running.credentials().ownerPassword());
        LOG.infof("No datasource URL configured: started embedded PostgreSQL on port %d with data in %s"
                        + " (database and role %s, passwords in %s)", running.port(), dataDir.resolve("pg"),
                PostgresAdmin.OWNER, dataDir.resolve("credentials"));
        // zonky registers its own JVM shutdown hook that stops the server (pg_ctl stop) when the service exits.
    }

    /**
     * A port the system calls free that is not the HTTP port: the database starts before the HTTP server binds, so
     * "any free port" could be the very port the service is about to listen on (an HTTP port that was itself picked
     * as a free port, as tests and some platforms do), and the service would then fail to start.
     */
    static int freePortOtherThan(int httpPort) throws IOException {
        return portOtherThan(httpPort, () -> {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            }
        });
    }

    /** Where free ports come from (the system; a test's own sequence). */
    interface PortSource {
        int next() throws IOException;
    }

    static int portOtherThan(int avoided, PortSource free) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = free.next();
            if (port != avoided) {
                return port;
            }
        }
        throw new IOException("no free port other than " + avoided);
    }

    /** The data directory when the embedded default is running (auth keeps its generated admin key there). */
    public static synchronized java.util.Optional<Path> dataDirectory() {
        return java.util.Optional.ofNullable(running == null ? null : runningDataDir);
    }

    private static boolean isConfigured(String property) {
        String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        return notBlank(System.getProperty(property)) || notBlank(System.getenv(env));
    }

    private static String setting(String property, String fallback) {
        String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        String value = System.getProperty(property, System.getenv(env));
        return notBlank(value) ? value : fallback;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
