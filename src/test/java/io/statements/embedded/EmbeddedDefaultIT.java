package io.statements.embedded;

import io.statements.support.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar with no datasource URL starts its own PostgreSQL, and what it stores survives a restart
 * on the same data directory.
 */
class EmbeddedDefaultIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path dataDir = Files.createTempDirectory("statements-it-data");
    private Process running;

    EmbeddedDefaultIT() throws IOException {
    }

    @AfterEach
    void cleanUp() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        int port = start(0);
        // no credentials configured: the embedded default generated an admin key, readable by its owner only
        Path keyFile = dataDir.resolve("admin-api-key");
        assertTrue(Files.exists(keyFile), "the generated admin key is stored in the data directory");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        String key = Files.readString(keyFile).strip();
        assertTrue(key.startsWith("stmt_"), "an API key");
        assertTrue(!Files.readString(Path.of("target", "embedded-default-it.log")).contains(key), "the key is never logged");
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/statements")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "no credentials, no access");
        String bearer = "Bearer " + key;
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/statements"))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"text": "The bridge stays closed until spring.", "kind": "DIRECT",
                         "speaker": {"name": "Nell Sorensen", "kind": "PERSON"},
                         "outlet": {"domain": "river-gazette.example", "name": "River Gazette"}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertTrue(id.find());
        stop();

        port = start(port);
        location = "http://localhost:" + port + URI.create(location).getPath();
        // the key was stored (hashed) in the database: it still works after a restart, and no new one is made
        assertEquals(key, Files.readString(keyFile).strip());
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("The bridge stays closed until spring."), read.body());
        assertTrue(read.body().contains(id.group(1)));
        // Searches run on their own non-blocking client, which must find the embedded database too.
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/statements?q=bridge&speaker=Nell%20Sorensen")).header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("<mark>bridge</mark>"), found.body());
        assertTrue(Files.exists(dataDir.resolve("pg").resolve("PG_VERSION")), "data lives in STATEMENTS_DATA_DIR");

        // as strict as production: generated passwords kept privately next to the data, SCRAM required, and the
        // service connected as the non-superuser owner
        Path credentials = dataDir.resolve("credentials");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(credentials));
        Properties passwords = new Properties();
        try (var in = Files.newInputStream(credentials)) {
            passwords.load(in);
        }
        assertTrue(Files.readString(dataDir.resolve("pg").resolve("pg_hba.conf")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).allMatch(l -> l.endsWith("scram-sha-256")));
        PostgresAdmin admin = new PostgresAdmin(embeddedPort(), new DatabaseCredentials(
                passwords.getProperty("superuser.password"), passwords.getProperty("owner.password")));
        try (Connection c = admin.owner(PostgresAdmin.DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            assertTrue(rs.next());
            assertFalse(rs.getBoolean(1), "the service's role is no superuser");
        }
    }

    /** The embedded server's port, from the log line that announces it. */
    private static int embeddedPort() throws IOException {
        Matcher m = Pattern.compile("started embedded PostgreSQL on port (\\d+)")
                .matcher(Files.readString(Path.of("target", "embedded-default-it.log")));
        assertTrue(m.find(), "the log names the embedded port");
        return Integer.parseInt(m.group(1));
    }

    /**
     * Starts the jar on {@code preferred} (0: a free port) and returns the port it listens on. A free port can be taken
     * by another process (an outgoing connection's ephemeral port) between the check and the service's bind, so a
     * start that fails only because the port is in use is retried on another free port.
     */
    private int start(int preferred) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = attempt == 0 && preferred > 0 ? preferred : FreePorts.next();
            if (tryStart(port)) {
                return port;
            }
        }
        throw new AssertionError("no free HTTP port after five attempts; see target/embedded-default-it.log");
    }

    /** False when the service exited because its port was in use; fails the test on any other exit. */
    private boolean tryStart(int port) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the application first");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "embedded-default-it.log").toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("STATEMENTS_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        running = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!running.isAlive()) {
                running.waitFor();
                if (Files.readString(Path.of("target", "embedded-default-it.log")).contains("seems to be in use")) {
                    return false;
                }
            }
            assertTrue(running.isAlive(), "the service exited during start-up; see target/embedded-default-it.log");
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within 600 s");
    }

    private void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy(); // SIGTERM: graceful shutdown, which also stops the embedded PostgreSQL
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
        }
        running = null;
    }

}
