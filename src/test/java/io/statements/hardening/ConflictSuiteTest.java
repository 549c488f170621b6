package io.statements.hardening;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrent writers on the same rows, over real HTTP and PostgreSQL: every answer is a 2xx or a 4xx problem
 * (never 5xx), no update is lost (each success moves the version by exactly one) and no row is duplicated.
 */
@QuarkusTest
class ConflictSuiteTest {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 3;

    /** Runs {@code CLIENTS} requests released at once; returns the answers in client order. */
    private static List<Response> race(IntFunction<Response> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int n = i;
                futures.add(pool.submit((Callable<Response>) () -> {
                    start.await();
                    return client.apply(n);
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> tally(String what, List<Response> answers, Set<Integer> allowed) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Response r : answers) {
            counts.merge(r.statusCode(), 1, Integer::sum);
            assertTrue(allowed.contains(r.statusCode()), what + ": unexpected " + r.statusCode() + " " + r.asString());
            if (r.statusCode() >= 400) {
                assertTrue(r.contentType().startsWith("application/problem+json"), what + ": " + r.contentType());
            }
        }
        System.out.println("[conflict-suite] " + what + ": " + counts);
        return counts;
    }

    private static String createStatement(String text) {
        return given().contentType(ContentType.JSON).body(Fixtures.statement(text, Fixtures.unique("Orla Penn"),
                Fixtures.domain())).post("/statements").then().statusCode(201).extract().path("id");
    }

    private static long version(String path) {
        return ((Number) given().get(path).then().statusCode(200).extract().path("version")).longValue();
    }

    @Test
    void racingPatchesWithIfMatchGet200Or412AndLoseNothing() throws Exception {
        String id = createStatement("Racing with preconditions.");
        for (int i = 0; i < ROUNDS; i++) {
            int round = i;
            long before = version("/statements/" + id);
            List<Response> answers = race(n -> given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"" + before + "\"").body("{\"stance_target\": \"target " + n + " of round " + round + "\"}")
                    .patch("/statements/" + id));
            Map<Integer, Integer> counts = tally("PATCH with If-Match", answers, Set.of(200, 412));
            assertEquals(1, counts.getOrDefault(200, 0), "exactly one writer holds the version it read");
            assertEquals(before + 1, version("/statements/" + id));
            answers.stream().filter(r -> r.statusCode() == 412)
                    .forEach(r -> assertEquals("\"" + (before + 1) + "\"", r.header("ETag")));
        }
    }

    @Test
    void racingUpdatesWithoutIfMatchGet200Or409AndEverySuccessCounts() throws Exception {
        String id = createStatement("Racing without preconditions.");
        String domain = Fixtures.domain();
        long before = version("/statements/" + id);
        List<Response> answers = race(n -> n % 2 == 0
                ? given().contentType("application/merge-patch+json").body("{\"via\": \"agency " + n + "\"}")
                .patch("/statements/" + id)
                : given().contentType(ContentType.JSON).body(Fixtures.statement("Racing without preconditions.",
                "Orla Penn " + n, domain)).put("/statements/" + id));
        Map<Integer, Integer> counts = tally("PATCH/PUT without If-Match", answers, Set.of(200, 409));
        List<Response> won = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(won.size(), won.stream().map(r -> r.jsonPath().getLong("version")).distinct().count(),
                "no two writers were acknowledged with the same version (one would have overwritten the other)");
        Response last = won.stream().max(java.util.Comparator.comparingLong(r -> r.jsonPath().getLong("version"))).orElseThrow();
        var current = given().get("/statements/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(last.jsonPath().getLong("version"), current.getLong("version"), "the last acknowledged write is the state");
        assertEquals(last.jsonPath().getString("speaker.id"), current.getString("speaker.id"));
        assertEquals(last.jsonPath().getString("via"), current.getString("via"));
        assertTrue(counts.getOrDefault(200, 0) >= 1);
        assertTrue(current.getLong("version") > before);
    }

    @Test
    void racingDeletesDeleteOnce() throws Exception {
        String id = createStatement("Deleted by many.");
        List<Response> answers = race(n -> n % 2 == 0 ? given().delete("/statements/" + id)
                : given().header("If-Match", "\"0\"").delete("/statements/" + id));
        Map<Integer, Integer> counts = tally("DELETE statement", answers, Set.of(204, 404, 409, 412));
        assertEquals(1, counts.getOrDefault(204, 0));
        given().get("/statements/" + id).then().statusCode(404);
    }

    @Test
    void racingWritesOnSpeakersAndOutlets() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String speaker = given().contentType(ContentType.JSON).body("{\"name\": \"" + Fixtures.unique("Tor Beck")
                    + "\", \"kind\": \"PERSON\"}").post("/speakers").then().statusCode(201).extract().path("id");
            List<Response> answers = race(n -> n < 6
                    ? given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"name\": \"Tor Beck " + n + " " + speaker + "\", \"kind\": \"PERSON\"}").put("/speakers/" + speaker)
                    : given().header("If-Match", "\"0\"").delete("/speakers/" + speaker));
            Map<Integer, Integer> counts = tally("PUT/DELETE speaker", answers, Set.of(200, 204, 404, 412));
            assertEquals(1, counts.getOrDefault(200, 0) + counts.getOrDefault(204, 0), "one winner");

            String outlet = given().contentType(ContentType.JSON).body("{\"name\": \"Race Post\", \"domain\": \""
                    + Fixtures.domain() + "\"}").post("/outlets").then().statusCode(201).extract().path("id");
            answers = race(n -> n < 6
                    ? given().contentType(ContentType.JSON)
                    .body("{\"name\": \"Race Post " + n + "\", \"domain\": \"" + Fixtures.domain() + "\"}").put("/outlets/" + outlet)
                    : given().delete("/outlets/" + outlet));
            tally("PUT/DELETE outlet without If-Match", answers, Set.of(200, 204, 404, 409));
        }
    }

    @Test
    void racingMergesNeverLoseAStatement() throws Exception {
        List<String> speakers = new ArrayList<>();
        String domain = Fixtures.domain();
        for (int i = 0; i < 4; i++) {
            String name = Fixtures.unique("Merge Cand");
            given().contentType(ContentType.JSON).body(Fixtures.statement("Merged words " + i + ".", name, domain))
                    .post("/statements").then().statusCode(201);
            speakers.add(given().queryParam("name", name).get("/speakers").then().statusCode(200).extract()
                    .path("items[0].id"));
        }
        List<Response> answers = race(n -> given().contentType(ContentType.JSON)
                .body("{\"from\": \"" + speakers.get((n + 1) % 4) + "\"}").post("/speakers/" + speakers.get(n % 4) + "/merge"));
        tally("merge speakers", answers, Set.of(200, 400, 404, 409));
        int statements = 0;
        int alive = 0;
        for (String s : speakers) {
            int status = given().get("/speakers/" + s).then().extract().statusCode();
            if (status == 200) {
                alive++;
                statements += given().queryParam("speaker_id", s).queryParam("limit", 100).get("/statements").then()
                        .statusCode(200).extract().jsonPath().getList("items").size();
            }
        }
        assertTrue(alive >= 1);
        assertEquals(4, statements, "every statement still belongs to a surviving speaker");
    }

    @Test
    void racingIdempotentCreatesStoreOneRow() throws Exception {
        String body = Fixtures.statement("Created once by eight.", Fixtures.unique("Una Hale"), Fixtures.domain());
        String key = java.util.UUID.randomUUID().toString();
        List<Response> keyed = race(n -> given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/statements"));
        tally("POST with one Idempotency-Key", keyed, Set.of(200, 201));
        assertEquals(1, keyed.stream().filter(r -> r.header("Idempotent-Replayed") == null).count(),
                "one request created, the others replayed its answer");
        Map<Integer, Integer> counts;
        assertEquals(1, keyed.stream().map(r -> r.jsonPath().getString("id")).distinct().count());

        String same = Fixtures.statement("Created once without a key.", Fixtures.unique("Una Hale"), Fixtures.domain());
        List<Response> unkeyed = race(n -> given().contentType(ContentType.JSON).body(same).post("/statements"));
        counts = tally("POST same statement", unkeyed, Set.of(200, 201));
        assertEquals(1, counts.getOrDefault(201, 0));
        assertEquals(1, unkeyed.stream().map(r -> r.jsonPath().getString("id")).distinct().count());

        String name = Fixtures.unique("New Voice");
        String domain = Fixtures.domain();
        List<Response> sameSpeaker = race(n -> given().contentType(ContentType.JSON)
                .body(Fixtures.statement("Words number " + n + ".", name, domain)).post("/statements"));
        tally("POST new speaker by name", sameSpeaker, Set.of(201));
        assertEquals(1, sameSpeaker.stream().map(r -> r.jsonPath().getString("speaker.id")).distinct().count(),
                "one speaker created for one new name");
        assertEquals(1, sameSpeaker.stream().map(r -> r.jsonPath().getString("outlet.id")).distinct().count(),
                "one outlet created for one new domain");
    }
}
