package io.statements.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        int port = freePort();
        start(port);
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

        start(port);
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
    }

    private void start(int port) throws Exception {
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(running.isAlive(), "the service exited during start-up; see target/embedded-default-it.log");
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within 90 s");
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
