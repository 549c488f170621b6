package io.statements.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BulkImportTest {

    static final String NDJSON = "application/x-ndjson";
    static final io.restassured.config.RestAssuredConfig CONFIG = io.restassured.RestAssured.config().encoderConfig(
            io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs(NDJSON, ContentType.TEXT));

    static io.restassured.specification.RequestSpecification bulk() {
        return given().config(CONFIG).contentType(NDJSON + "; charset=utf-8");
    }

    static String line(String text, String speaker, String domain, String extra) {
        return ("{\"text\": \"%s\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"%s\"},"
                + " \"outlet\": {\"domain\": \"%s\"}%s}").formatted(text, speaker, domain, extra);
    }

    static List<Map<String, Object>> ndjson(String body) {
        Response response = bulk().body(body).post("/statements/bulk");
        response.then().statusCode(200).contentType(NDJSON);
        return response.asString().lines().map(l -> io.restassured.path.json.JsonPath.from(l).<String, Object>getMap(""))
                .toList();
    }

    @Test
    void reportsEveryLineOfAMixedBatch() {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("Bulk Speaker");
        String url = "https://" + domain + "/2024/05/02/ferry";
        String body = String.join("\n",
                line("The ferry timetable changes on June 1.", speaker, domain,
                        ", \"article\": {\"url\": \"" + url + "\", \"published_at\": \"2024-05-02T06:00:00Z\"},"
                                + " \"topics\": [\"transport\", \"Transport\"], \"external_id\": \"ferry-1\""),
                line("No decision has been taken yet.", speaker, domain, ", \"kind\": \"LOUD\"").replace("\"kind\": \"DIRECT\", ", ""),
                "{\"text\": \"broken",
                "",
                line("the ferry timetable changes on june 1", speaker, domain,
                        ", \"article\": {\"url\": \"" + url + "\"}"),
                line("Fares stay the same.", speaker, domain, ", \"stance\": \"SUPPORT\", \"origin\": \"MANUAL\""),
                "{\"text\": \"Unknown speaker id.\", \"kind\": \"DIRECT\", \"speaker\": {\"id\": \"0190a0b0-0000-7000-8000-000000000000\"},"
                        + " \"outlet\": {\"domain\": \"" + domain + "\"}}",
                line("Harbour works start soon.", speaker, domain, ", \"colour\": \"blue\""),
                "[1, 2]") + "\n";
        List<Map<String, Object>> results = ndjson(body);
        assertEquals(List.of(1, 2, 3, 5, 6, 7, 8, 9), results.stream().map(r -> r.get("line")).toList(),
                "one result a non-blank line, in order");
        assertEquals(List.of("CREATED", "INVALID", "INVALID", "DUPLICATE", "CREATED", "INVALID", "INVALID", "INVALID"),
                results.stream().map(r -> r.get("status")).toList());
        assertEquals(results.get(0).get("id"), results.get(3).get("id"), "normalised text + same article: duplicate");
        assertEquals("kind", field(results.get(1)));
        assertTrue(String.valueOf(problem(results.get(2)).get("type")).endsWith("/problems/malformed-json"));
        assertEquals("speaker.id", field(results.get(5)));
        assertEquals(422, problem(results.get(5)).get("status"));
        assertEquals("colour", field(results.get(6)));
        assertEquals("body", field(results.get(7)));

        String first = (String) results.get(0).get("id");
        given().get("/statements/" + first).then().statusCode(200)
                .body("origin", equalTo("IMPORTED"))
                .body("topics", equalTo(List.of("transport")))
                .body("article.url", equalTo(url))
                .body("reported_at", equalTo("2024-05-02T06:00:00Z"));
        given().get("/statements/" + results.get(4).get("id")).then().statusCode(200)
                .body("origin", equalTo("MANUAL")).body("stance", equalTo("SUPPORT"));

        // re-sending: every valid line is a DUPLICATE of what the first send stored, also by external_id alone
        String resend = line("The ferry timetable changes on 1 June (corrected).", speaker, domain,
                ", \"external_id\": \"ferry-1\"") + "\n" + line("Fares stay the same.", speaker, domain, "");
        List<Map<String, Object>> again = ndjson(resend);
        assertEquals(List.of("DUPLICATE", "DUPLICATE"), again.stream().map(r -> r.get("status")).toList());
        assertEquals(first, again.get(0).get("id"));
        assertEquals(results.get(4).get("id"), again.get(1).get("id"));
    }

    @Test
    void answersJsonWhenAsked() {
        String domain = Fixtures.domain();
        String body = line("Water levels are falling.", "Greta Holm", domain, "") + "\n"
                + line("Water levels are falling.", "Greta Holm", domain, "") + "\n{}\n";
        bulk().accept(ContentType.JSON).body(body).post("/statements/bulk").then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("items.status", equalTo(List.of("CREATED", "DUPLICATE", "INVALID")))
                .body("created", equalTo(1)).body("duplicate", equalTo(1)).body("invalid", equalTo(1))
                .body("failed", equalTo(0));
    }

    @Test
    void resolvesReferencesOncePerBatchLikeSingleCreates() {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("Ref Speaker");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) { // spans several chunks (chunk-lines=50 in tests)
            String name = i % 2 == 0 ? speaker : speaker.toUpperCase(); // same name key
            body.append(line("Shipment number " + i + " arrived.", name, i % 3 == 0 ? "WWW." + domain : domain,
                    ", \"article\": {\"url\": \"https://" + domain + "/a/" + (i % 4) + "\"}")).append('\n');
        }
        List<Map<String, Object>> results = ndjson(body.toString());
        assertEquals(120, results.stream().filter(r -> "CREATED".equals(r.get("status"))).count());
        Set<Object> speakers = new HashSet<>();
        Set<Object> outlets = new HashSet<>();
        for (Map<String, Object> r : results.subList(0, 10)) {
            Response s = given().get("/statements/" + r.get("id"));
            speakers.add(s.path("speaker.id"));
            outlets.add(s.path("outlet.id"));
        }
        assertEquals(1, speakers.size(), "one speaker for names with the same key");
        assertEquals(1, outlets.size(), "one outlet for one canonical domain");
        // a single create afterwards resolves to the same speaker and outlet
        given().contentType(ContentType.JSON).body(Fixtures.statement("One more shipment.", speaker, domain))
                .post("/statements").then().statusCode(201)
                .body("speaker.id", equalTo(speakers.iterator().next()))
                .body("outlet.id", equalTo(outlets.iterator().next()));
        // an article stays with the outlet that first published it
        String other = Fixtures.domain();
        List<Map<String, Object>> mismatch = ndjson(line("Shipment late.", speaker, other,
                ", \"article\": {\"url\": \"https://" + domain + "/a/1\"}"));
        assertEquals("INVALID", mismatch.get(0).get("status"));
        assertEquals("article.url", field(mismatch.get(0)));
    }

    @Test
    void concurrentDuplicateBatchesStoreEachStatementOnce() throws Exception {
        String domain = Fixtures.domain();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append(line("Race line " + i + ".", "Racer " + (i % 5), domain, "")).append('\n');
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Map<String, Object>>>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            runs.add(pool.submit(() -> ndjson(body.toString())));
        }
        List<List<Map<String, Object>>> all = new ArrayList<>();
        for (Future<List<Map<String, Object>>> run : runs) {
            all.add(run.get());
        }
        pool.shutdown();
        long created = all.stream().flatMap(List::stream).filter(r -> "CREATED".equals(r.get("status"))).count();
        assertEquals(60, created, "each statement created by exactly one of the racing batches");
        for (int line = 0; line < 60; line++) {
            int l = line;
            Set<Object> ids = all.stream().map(r -> r.get(l).get("id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "all batches agree on the id of line " + (line + 1));
        }
    }

    @Test
    void concurrentSingleCreatesOfOneStatementGiveOneCreatedAndDuplicates() throws Exception {
        String body = Fixtures.statement("The tunnel reopens tonight.", Fixtures.unique("Single Racer"), Fixtures.domain());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> given().contentType(ContentType.JSON).body(body).post("/statements"));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(calls)) {
            responses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
        assertEquals(5, responses.stream().filter(r -> r.statusCode() == 200).count());
        assertEquals(1, responses.stream().map(r -> r.<String>path("id")).distinct().count());
    }

    @Test
    void rejectsBodiesOverTheLimitsBeforeImportingAnything() {
        String domain = Fixtures.domain();
        StringBuilder many = new StringBuilder(line("Over the line limit.", "Limit Speaker", domain, "")).append('\n');
        for (int i = 0; i < 5000; i++) {
            many.append("{}\n");
        }
        bulk().body(many.toString()).post("/statements/bulk").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        byte[] big = new byte[4 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        bulk().body(big).post("/statements/bulk").then().statusCode(413)
                .contentType("application/problem+json");
        bulk().body(new java.io.ByteArrayInputStream(big)).post("/statements/bulk").then()
                .statusCode(413).contentType("application/problem+json");
        // the bulk endpoint's larger ceiling does not leak to the others, also for bodies without Content-Length
        byte[] json = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(json, (byte) ' ');
        given().contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(json)).post("/statements").then()
                .statusCode(413);
        given().contentType(ContentType.JSON).body(json).post("/statements").then().statusCode(413)
                .contentType("application/problem+json");
        // nothing of the rejected bodies was imported
        List<Map<String, Object>> results = ndjson(line("Over the line limit.", "Limit Speaker", domain, ""));
        assertEquals("CREATED", results.get(0).get("status"));
        given().contentType(ContentType.JSON).body("x").post("/statements/bulk").then().statusCode(415);
    }

    @Test
    void reportsTooLongLinesAndKeepsTheOthers() {
        String domain = Fixtures.domain();
        String longText = "word ".repeat(8000);
        List<Map<String, Object>> results = ndjson(line(longText, "Long Speaker", domain, "") + "\n"
                + line("Short and fine.", "Long Speaker", domain, ""));
        assertEquals("INVALID", results.get(0).get("status"));
        assertEquals("CREATED", results.get(1).get("status"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void acceptsBodiesLargerThanTheSingleRequestLimit() {
        String domain = Fixtures.domain();
        StringBuilder body = new StringBuilder();
        String filler = " and the survey continues along the northern shore".repeat(180); // ~9,000 characters
        int lines = 170; // ~1.5 MiB: over statements.max-body-bytes (1 MiB), under the bulk limit
        for (int i = 0; i < lines; i++) {
            body.append(line("Long report " + i + filler, "Survey Lead", domain, "")).append('\n');
        }
        byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(bytes.length > 1024 * 1024);
        List<Map<String, Object>> declared = ndjsonOf(bulk().body(bytes).post("/statements/bulk"));
        assertEquals(lines, declared.size());
        assertTrue(declared.stream().allMatch(r -> "CREATED".equals(r.get("status"))));
        // the same body sent chunked (no Content-Length): every line is now a duplicate
        List<Map<String, Object>> chunked = ndjsonOf(bulk().body(new java.io.ByteArrayInputStream(bytes))
                .post("/statements/bulk"));
        assertEquals(lines, chunked.size());
        assertTrue(chunked.stream().allMatch(r -> "DUPLICATE".equals(r.get("status"))));
    }

    private static List<Map<String, Object>> ndjsonOf(Response response) {
        response.then().statusCode(200).contentType(NDJSON);
        return response.asString().lines().map(l -> io.restassured.path.json.JsonPath.from(l).<String, Object>getMap(""))
                .toList();
    }

    static Map<String, Object> problem(Map<String, Object> result) {
        Map<String, Object> problem = (Map<String, Object>) result.get("problem");
        assertNotNull(problem, "problem of " + result);
        return problem;
    }

    @SuppressWarnings("unchecked")
    static String field(Map<String, Object> result) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem(result).get("errors");
        assertTrue(errors != null && !errors.isEmpty(), "errors of " + result);
        return (String) errors.get(0).get("field");
    }
}
