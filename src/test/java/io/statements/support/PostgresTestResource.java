package io.statements.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.statements.embedded.StrictPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real, throw-away PostgreSQL 17 for the whole test run (no Docker needed), as strict as production: SCRAM on
 * every connection, and the service connects as the non-superuser role that owns the schema, with the extensions
 * created by the superuser beforehand ({@link StrictPostgres}). Tests that need to set something up as superuser
 * get a {@link PostgresAdmin} from {@link #admin()} (the port and passwords travel in system properties, which
 * every class loader of the test run sees).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "test-postgres.port";
    private static final String SUPERUSER_PASSWORD = "test-postgres.superuser-password";
    private static final String OWNER_PASSWORD = "test-postgres.owner-password";

    private StrictPostgres postgres;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("statements-test-pg");
            postgres = StrictPostgres.start(dataDir.resolve("pg"), DatabaseCredentials.generate(), 0,
                    Map.of("max_connections", "200"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(SUPERUSER_PASSWORD, postgres.credentials().superuserPassword());
        System.setProperty(PORT, Integer.toString(postgres.port()));
        System.setProperty(OWNER_PASSWORD, postgres.credentials().ownerPassword());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", PostgresAdmin.OWNER,
                "quarkus.datasource.password", postgres.credentials().ownerPassword());
    }

    /** Superuser and owner access to the running test server. */
    public static PostgresAdmin admin() {
        String port = System.getProperty(PORT);
        if (port == null) {
            throw new IllegalStateException("the PostgreSQL test resource is not running");
        }
        return new PostgresAdmin(Integer.parseInt(port), new DatabaseCredentials(System.getProperty(SUPERUSER_PASSWORD),
                System.getProperty(OWNER_PASSWORD)));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the process is gone with the JVM anyway
            }
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }
}
