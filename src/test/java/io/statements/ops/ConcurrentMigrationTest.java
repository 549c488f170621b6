package io.statements.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.statements.embedded.PostgresAdmin;
import io.statements.support.PostgresTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several replicas start at once in Kubernetes and each runs the migrations at start: they must serialize
 * (Flyway holds a PostgreSQL advisory lock) so every version is applied exactly once and every replica starts.
 * They migrate as the application role, which owns the database but is no superuser (the extensions were created
 * by the superuser when the database was set up, as CloudNativePG's postInitApplicationSQL does).
 */
@QuarkusTest
class ConcurrentMigrationTest {

    private static final int REPLICAS = 3;
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void replicasMigratingTogetherApplyEachVersionOnce() throws Exception {
        String database = "migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PostgresAdmin admin = PostgresTestResource.admin();
        admin.createDatabase(database);
        try {
            String url = admin.jdbcUrl(database);
            String password = admin.credentials().ownerPassword();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
            List<Future<?>> replicas = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                replicas.add(pool.submit(() -> {
                    start.await();
                    return Flyway.configure().dataSource(url, PostgresAdmin.OWNER, password)
                            .locations("filesystem:" + MIGRATIONS).load().migrate();
                }));
            }
            start.countDown();
            for (Future<?> replica : replicas) {
                replica.get(120, TimeUnit.SECONDS); // throws if any replica failed to migrate
            }
            pool.shutdown();
            try (Connection c = admin.owner(database);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*), count(distinct version) from flyway_schema_history"
                         + " where success and version is not null")) {
                rs.next();
                assertEquals(migrationFiles(), rs.getInt(1), "each migration applied once");
                assertEquals(migrationFiles(), rs.getInt(2));
            }
        } finally {
            try (Connection c = admin.superuser("postgres"); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static int migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V[0-9._]+__.*\\.sql")).count();
        }
    }
}
