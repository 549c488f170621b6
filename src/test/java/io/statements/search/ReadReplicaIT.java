package io.statements.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.statements.embedded.StrictPostgres;
import io.statements.support.FreePorts;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service on a primary and a real streaming replica of it ({@link StreamingReplica}): searches read
 * the replica (with its replay paused, a new statement is not found there), writes go to the primary and return
 * their commit position (Commit-LSN), a search that sends the position back sees the write even while replay is
 * paused, readiness reports the lag, and with the replica gone searches are served by the primary without an error.
 * The lists of speakers, outlets and utterances read where searches read, under the same rules.
 */
class ReadReplicaIT {

    /** Written while the replica's replay is paused: a speaker and an outlet created with a statement. */
    private static final String PAUSED_SPEAKER = "Ines Alvarez";
    private static final String PAUSED_OUTLET = "harbour-news.example";
    private static final String SPEAKER_BY_NAME = "/speakers?name=Ines%20Alvarez";
    private static final String SPEAKER_AUTOCOMPLETE = "/speakers?q=alvar";
    private static final String OUTLET_BY_DOMAIN = "/outlets?domain=" + PAUSED_OUTLET;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DatabaseCredentials credentials = DatabaseCredentials.generate();
    private StrictPostgres primary;
    private StreamingReplica replica;
    private Process service;
    private int port;

    @AfterEach
    void stop() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    void searchesReadTheReplicaWritesThePrimaryAndAPositionIsHonoured() throws Exception {
        Path dir = Files.createTempDirectory("replica-it");
        primary = StrictPostgres.start(dir.resolve("primary"), credentials, FreePorts.next(), Map.of());
        replica = StreamingReplica.of(dir.resolve("primary"), primary.port(), credentials, dir.resolve("replica"),
                FreePorts.next());
        startService();

        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "x";
        HttpResponse<String> first = post("The ferry timetable changes on Monday " + word);
        assertEquals(201, first.statusCode(), first.body());
        String firstLsn = first.headers().firstValue("Commit-LSN").orElse(null);
        assertNotNull(firstLsn, "a write carries its commit position");
        assertEquals(1, hits(word, firstLsn), "with the position: the replica has it or the primary answers");
        awaitReplayed(firstLsn);
        assertEquals(1, hits(word, null));
        assertTrue(serviceConnectionsOnReplica() > 0, "the search connected to the replica");

        String testerId = new ObjectMapper().readTree(get("/speakers?name=Replica%20Tester", null).body())
                .get("items").get(0).get("id").asText();

        replica.pauseReplay();
        // a new alias, not yet on the replica: names in the export's filters are resolved where its batches read
        HttpResponse<String> alias = put("/speakers/" + testerId,
                "{\"name\": \"Replica Tester\", \"kind\": \"PERSON\", \"aliases\": [\"Harbour Clerk Tester\"]}");
        assertEquals(200, alias.statusCode(), alias.body());
        String aliasLsn = alias.headers().firstValue("Commit-LSN").orElseThrow();
        assertEquals(0, exported("speaker=Harbour%20Clerk%20Tester", null), "the replica does not know the alias yet");
        assertEquals(1, exported("speaker=Harbour%20Clerk%20Tester", aliasLsn), "with the position it is resolved");
        String second = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "x";
        HttpResponse<String> write = post("Harbour fees rise next spring " + second, PAUSED_SPEAKER, PAUSED_OUTLET);
        assertEquals(201, write.statusCode(), write.body());
        String lsn = write.headers().firstValue("Commit-LSN").orElseThrow();
        assertEquals(0, hits(second, null), "without a position: the paused replica does not have it yet");
        assertEquals(1, hits(second, lsn), "with the position: served by the primary, the write is seen");
        // facets, the timeline and /stances read where the search reads (#16)
        assertEquals(0, facetCount(second, null), "facets without a position: read on the paused replica");
        assertEquals(1, facetCount(second, lsn), "facets with the position: the write is counted");
        assertEquals(0, timelineTotal(second, null), "the timeline reads the replica too");
        assertEquals(1, timelineTotal(second, lsn));
        assertEquals(0, exported("q=" + second, null), "the export reads the replica too");
        assertEquals(1, exported("q=" + second, lsn), "an export with the position sees the write");
        assertEquals(400, get("/statements?q=" + second, "not-a-position").statusCode());
        // so do the other lists: speakers (by name and autocomplete), outlets and utterances (#16)
        for (String list : List.of(SPEAKER_BY_NAME, SPEAKER_AUTOCOMPLETE, OUTLET_BY_DOMAIN, "/utterances?q=" + second)) {
            assertEquals(0, listed(list, null), list + " without a position: read on the paused replica");
            assertEquals(1, listed(list, lsn), list + " with the position: the write is listed");
        }
        assertEquals(400, get(SPEAKER_BY_NAME + "&cursor=forged", null).statusCode(), "bad input is still a 400");

        // readiness reports the lag (bound 1 s here) and reads without a position then avoid the replica
        Thread.sleep(1500);
        String ready = get("/q/health/ready", null).body().replaceAll("\\s", "");
        assertTrue(ready.contains("\"state\":\"LAGGING\""), ready);
        assertEquals(1, hits(second, null), "a replica lagging past the bound is avoided");

        replica.execute("select pg_wal_replay_resume()");
        awaitReplayed(lsn);
        String caughtUp = get("/q/health/ready", null).body().replaceAll("\\s", "");
        assertTrue(caughtUp.contains("\"state\":\"REPLAYING\""), caughtUp);

        replica.close();
        replica = null;
        for (int i = 0; i < 3; i++) {
            assertEquals(1, hits(second, null), "with the replica down the primary answers");
            assertEquals(1, hits(word, lsn));
            for (String list : List.of(SPEAKER_BY_NAME, SPEAKER_AUTOCOMPLETE, OUTLET_BY_DOMAIN,
                    "/utterances?q=" + second)) {
                assertEquals(1, listed(list, null), list + " with the replica down: the primary answers");
            }
        }
        HttpResponse<String> readiness = get("/q/health/ready", null);
        assertEquals(200, readiness.statusCode(), "the primary serves every read: still ready");
        assertTrue(readiness.body().replaceAll("\\s", "").contains("\"state\":\"UNREACHABLE\""), readiness.body());
    }

    /** How many statements a search for the word finds (asserting a 200 problem-free answer). */
    private int hits(String word, String lsn) throws Exception {
        HttpResponse<String> response = get("/statements?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), lsn);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().split("\"text\":", -1).length - 1;
    }

    /** How many items a list answers (asserting a 200). */
    private int listed(String path, String lsn) throws Exception {
        HttpResponse<String> response = get(path, lsn);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return new ObjectMapper().readTree(response.body()).get("items").size();
    }

    /** How many statements an NDJSON export with these filters (a URL-encoded query string) holds. */
    private int exported(String filters, String lsn) throws Exception {
        HttpResponse<String> response = get("/statements/export?" + filters, lsn);
        assertEquals(200, response.statusCode(), response.body());
        return (int) response.body().lines().filter(line -> !line.isBlank()).count();
    }

    /** The outlet facet's count for a search for the word (0 when nothing matches). */
    private int facetCount(String word, String lsn) throws Exception {
        HttpResponse<String> response = get("/statements/facets?facet=outlet&q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8), lsn);
        assertEquals(200, response.statusCode(), response.body());
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(response.body());
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    /** Statements per period summed over the timeline of a search for the word. */
    private int timelineTotal(String word, String lsn) throws Exception {
        HttpResponse<String> response = get("/statements/timeline?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), lsn);
        assertEquals(200, response.statusCode(), response.body());
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(response.body());
        int total = 0;
        while (count.find()) {
            total += Integer.parseInt(count.group(1));
        }
        return total;
    }

    /** The service's connections to the replica (its pool keeps them open after a search). */
    private long serviceConnectionsOnReplica() throws Exception {
        try (var c = replica.superuser(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from pg_stat_activity where usename = '"
                     + PostgresAdmin.OWNER + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void awaitReplayed(String lsn) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (var c = replica.superuser(); var st = c.prepareStatement(
                    "select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
                st.setString(1, lsn);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "the replica did not replay " + lsn + " in 30 s");
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> post(String text) throws Exception {
        return post(text, "Replica Tester", "replica-it.example");
    }

    /** Creates a statement; its speaker and outlet too when no speaker has that name and no outlet that domain. */
    private HttpResponse<String> post(String text, String speaker, String domain) throws Exception {
        String body = """
                {"text": "%s", "kind": "DIRECT", "language": "en", "speaker": {"name": "%s"},
                 "reported_at": "2026-01-05T10:00:00Z",
                 "outlet": {"domain": "%s"}}""".formatted(text, speaker, domain);
        return http.send(HttpRequest.newBuilder(uri("/statements")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String lsn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY).GET();
        if (lsn != null) {
            request.header("Commit-LSN", lsn);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void startService() throws Exception {
        port = FreePorts.next();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + primary.jdbcUrl(),
                "-Dquarkus.datasource.reactive.url=" + primary.reactiveUrl(),
                "-Dquarkus.datasource.username=" + PostgresAdmin.OWNER,
                "-Dstatements.replica.url=postgresql://localhost:" + replica.port() + "/" + PostgresAdmin.DATABASE,
                "-Dstatements.replica.max-lag=PT1S",
                "-Dstatements.replica.retry-after=PT1S",
                "-Dstatements.auth.bootstrap-admin-key=" + TestCredentials.ADMIN_KEY,
                "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "read-replica-it.log").toFile());
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", credentials.ownerPassword());
        service = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (status("/q/health/ready") != 200) {
            assertTrue(service.isAlive(), "the service exited; see target/read-replica-it.log");
            assertTrue(System.nanoTime() < deadline, "the service did not become ready in 600 s");
            Thread.sleep(250);
        }
    }

    private int status(String path) {
        try {
            return get(path, null).statusCode();
        } catch (Exception notListening) {
            return -1;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
