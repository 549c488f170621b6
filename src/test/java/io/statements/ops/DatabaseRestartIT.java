package io.statements.ops;

import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.statements.embedded.StrictPostgres;
import io.statements.support.FreePorts;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault test: the packaged service under a write and search load while its PostgreSQL restarts (fast shutdown, as
 * a restart or failover does). Every write the service acknowledged (201) must be in the database afterwards;
 * while the database is away every failure must be a 503 problem with Retry-After (never a 500, never a dropped
 * connection); readiness reports DOWN without the driver's error text; and the service recovers by itself.
 * The figures go to target/database-restart-it.txt.
 */
class DatabaseRestartIT {

    private static final int WRITERS = 4;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private Path dataDir;
    private DatabaseCredentials credentials;
    private StrictPostgres postgres;
    private Process service;
    private int port;

    /** One request: what was sent when, and what came back. */
    record Outcome(boolean write, long startNanos, long endNanos, int status, String retryAfter, String contentType,
                   String body) {
    }

    @AfterEach
    void stop() throws Exception {
        loading.set(false);
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void acknowledgedWritesSurviveARestartAndTheOutageIsOnly503WithRetryAfter() throws Exception {
        dataDir = Files.createTempDirectory("restart-it-pg");
        credentials = DatabaseCredentials.generate();
        int dbPort = FreePorts.next();
        postgres = StrictPostgres.start(dataDir, credentials, dbPort, Map.of());
        startService();

        ExecutorService load = Executors.newFixedThreadPool(WRITERS + 1);
        for (int i = 0; i < WRITERS; i++) {
            String speaker = "Restart Speaker " + i + " " + UUID.randomUUID().toString().substring(0, 6);
            String domain = "restart-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + ".example";
            load.submit(() -> writeLoop(speaker, domain));
        }
        load.submit(this::searchLoop);

        Thread.sleep(3_000);
        long stopped = System.nanoTime();
        postgres.close(); // pg_ctl stop -m fast: sessions are terminated, as in a restart or a failover
        Thread.sleep(2_000);
        HttpResponse<String> downReadiness = get("/q/health/ready");
        Thread.sleep(4_000);
        long restarted = System.nanoTime();
        postgres = StrictPostgres.start(dataDir, credentials, dbPort, Map.of());

        long recoveredWrite = awaitSuccess(true, restarted);
        long recoveredSearch = awaitSuccess(false, restarted);
        Thread.sleep(2_000);
        loading.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load stops");

        // readiness went DOWN during the outage without the driver's text, and is UP again afterwards
        assertEquals(503, downReadiness.statusCode(), downReadiness.body());
        for (String leak : List.of("Connection refused", "PSQLException", "localhost", "127.0.0.1", "SQLState",
                "Exception")) {
            assertFalse(downReadiness.body().contains(leak), "readiness leaks '" + leak + "': " + downReadiness.body());
        }
        assertEquals(200, get("/q/health/ready").statusCode(), "readiness is UP again once the database is back");

        List<Outcome> all;
        synchronized (outcomes) {
            all = List.copyOf(outcomes);
        }
        List<Outcome> failures = all.stream().filter(o -> o.status() != 200 && o.status() != 201).toList();
        for (Outcome failure : failures) {
            assertEquals(503, failure.status(), () -> "only 503 while the database is away: " + failure
                    + "\nservice log: " + unexpectedFailures());
            assertTrue(failure.retryAfter() != null && failure.retryAfter().matches("\\d+"),
                    "503 carries Retry-After: " + failure);
            assertTrue(failure.contentType() != null && failure.contentType().startsWith("application/problem+json"),
                    "503 is a problem: " + failure);
            assertTrue(failure.body().contains("/problems/database-unavailable"), failure.toString());
        }
        assertFalse(failures.isEmpty(), "the outage was noticed (else this test proved nothing)");

        List<String> acknowledged = all.stream().filter(o -> o.write() && o.status() == 201).map(o -> id(o.body())).toList();
        int stored = countStored(acknowledged);
        assertEquals(acknowledged.size(), stored, "every acknowledged write is in the database after the restart");

        String figures = String.format(
                "database restart under load (%d writers, 1 searcher):%n"
                        + "  requests %d; writes %d, acknowledged %d, all %d present afterwards%n"
                        + "  503 with Retry-After: %d (writes %d, searches %d); other failures: 0%n"
                        + "  database down %.1f s; first acknowledged write %.1f s and first search %.1f s after its restart began"
                        + " (server start included)%n"
                        + "  slowest request while it was down: %.1f s%n",
                WRITERS, all.size(), all.stream().filter(Outcome::write).count(), acknowledged.size(), stored,
                failures.size(), failures.stream().filter(Outcome::write).count(),
                failures.stream().filter(o -> !o.write()).count(),
                seconds(restarted - stopped), seconds(recoveredWrite - restarted), seconds(recoveredSearch - restarted),
                seconds(all.stream().filter(o -> o.endNanos() >= stopped && o.startNanos() <= restarted)
                        .mapToLong(o -> o.endNanos() - o.startNanos()).max().orElse(0)));
        System.out.print(figures);
        Files.writeString(Path.of("target", "database-restart-it.txt"), figures);
    }

    /** The service's own account of unexpected failures (first lines of each), for a failure message. */
    private static String unexpectedFailures() {
        try (var lines = Files.lines(Path.of("target", "database-restart-it.log"))) {
            return String.join("\n", lines.filter(l -> l.contains("Unexpected failure") || l.startsWith("Caused by"))
                    .limit(20).toList());
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void writeLoop(String speaker, String domain) {
        int n = 0;
        while (loading.get()) {
            String body = """
                    {"text": "Restart check %d %s: the depot reopens on Monday.", "kind": "DIRECT",
                     "speaker": {"name": "%s", "kind": "PERSON"},
                     "outlet": {"domain": "%s", "name": "Restart Outlet"}}""".formatted(n++, UUID.randomUUID(), speaker, domain);
            send(true, HttpRequest.newBuilder(uri("/statements")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            pause();
        }
    }

    private void searchLoop() {
        while (loading.get()) {
            send(false, HttpRequest.newBuilder(uri("/statements?q=depot&limit=5")).GET());
            pause();
        }
    }

    private void send(boolean write, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            outcomes.add(new Outcome(write, start, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body()));
        } catch (IOException e) {
            outcomes.add(new Outcome(write, start, System.nanoTime(), -1, null, null, "transport failure: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first success of that kind started after {@code after}; waits up to 60 s. */
    private long awaitSuccess(boolean write, long after) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            synchronized (outcomes) {
                for (Outcome o : outcomes) {
                    if (o.write() == write && o.startNanos() >= after && (o.status() == 200 || o.status() == 201)) {
                        return o.endNanos();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not recover within 60 s of the database restart ("
                + (write ? "writes" : "searches") + ")");
    }

    private int countStored(List<String> ids) throws Exception {
        try (Connection c = new PostgresAdmin(postgres.port(), credentials).owner(PostgresAdmin.DATABASE);
             PreparedStatement st = c.prepareStatement("select count(*) from statement where id = any(?::uuid[])")) {
            st.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void startService() throws Exception {
        port = FreePorts.next();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                "-Dquarkus.datasource.username=" + PostgresAdmin.OWNER,
                "-Dstatements.auth.bootstrap-admin-key=" + TestCredentials.ADMIN_KEY,
                "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "database-restart-it.log").toFile());
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", credentials.ownerPassword());
        service = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (status("/q/health/ready") != 200) {
            assertTrue(service.isAlive(), "the service exited; see target/database-restart-it.log");
            assertTrue(System.nanoTime() < deadline, "the service did not become ready in 600 s");
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException notListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        assertTrue(m.find(), "a 201 carries the statement: " + body);
        return m.group(1);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
