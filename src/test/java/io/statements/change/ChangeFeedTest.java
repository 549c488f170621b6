package io.statements.change;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ChangeFeedTest {

    static String tail() {
        return given().queryParam("after", "latest").get("/changes").then().statusCode(200)
                .body("next_cursor", notNullValue()).extract().path("next_cursor");
    }

    static String create(String text, String speaker, String domain) {
        return given().contentType(ContentType.JSON).body(Fixtures.statement(text, speaker, domain))
                .post("/statements").then().statusCode(201).extract().path("id");
    }

    /** All changes after {@code cursor} until the feed is drained, in small pages. */
    static List<Map<String, Object>> drain(String cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        while (true) {
            Response page = given().queryParam("after", cursor).queryParam("limit", 7).get("/changes");
            page.then().statusCode(200).body("next_cursor", notNullValue());
            List<Map<String, Object>> items = page.path("items");
            all.addAll(items);
            cursor = page.path("next_cursor");
            if (items.isEmpty()) {
                return all;
            }
        }
    }

    @Test
    void recordsCreateUpdateDeleteInOrderWithCurrentRepresentation() {
        String from = tail();
        String domain = Fixtures.domain();
        String id = create("The bridge toll will be scrapped in spring.", "Odile Marchetti", domain);
        given().contentType(ContentType.JSON)
                .body(Fixtures.statement("The bridge toll will be scrapped in May.", "Odile Marchetti", domain))
                .put("/statements/" + id).then().statusCode(200);
        List<Map<String, Object>> mine = drain(from).stream().filter(c -> id.equals(c.get("statement_id"))).toList();
        assertEquals(List.of("CREATED", "UPDATED"), mine.stream().map(c -> c.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) mine.get(0).get("statement");
        assertEquals("The bridge toll will be scrapped in May.", current.get("text"), "current representation");

        given().delete("/statements/" + id).then().statusCode(204);
        mine = drain(from).stream().filter(c -> id.equals(c.get("statement_id"))).toList();
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), mine.stream().map(c -> c.get("type")).toList());
        for (Map<String, Object> change : mine) {
            assertNull(change.get("statement"), "a deleted statement is a tombstone");
            assertEquals(Boolean.TRUE, change.get("tombstone"));
        }
    }

    @Test
    void recordsSpeakerMergesAsChangesOfTheMovedStatements() {
        String domain = Fixtures.domain();
        String keep = Fixtures.unique("Keep Speaker");
        String dup = Fixtures.unique("Dup Speaker");
        create("Harvest figures will be published on Friday.", keep, domain);
        String moved = create("The cooperative expects a record harvest.", dup, domain);
        String keepId = given().queryParam("name", keep).get("/speakers").then().statusCode(200).extract().path("items[0].id");
        String dupId = given().get("/statements/" + moved).path("speaker.id");
        String from = tail();
        given().contentType(ContentType.JSON).body("{\"from\": \"" + dupId + "\"}")
                .post("/speakers/" + keepId + "/merge").then().statusCode(200);
        List<Map<String, Object>> changes = drain(from);
        Map<String, Object> merged = changes.stream().filter(c -> moved.equals(c.get("statement_id"))).findFirst()
                .orElseThrow();
        assertEquals("MERGED", merged.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> speaker = (Map<String, Object>) ((Map<String, Object>) merged.get("statement")).get("speaker");
        assertEquals(keepId, speaker.get("id"));
    }

    @Test
    void readerSeesEveryChangeExactlyOnceWhileWritersRun() throws Exception {
        String from = tail();
        String domain = Fixtures.domain();
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        List<Map<String, Object>> read = Collections.synchronizedList(new ArrayList<>());
        Future<?> reader = pool.submit(() -> {
            String cursor = from;
            boolean last = false;
            while (true) {
                boolean stillWriting = writing.get();
                Response page = given().queryParam("after", cursor).queryParam("limit", 5).get("/changes");
                List<Map<String, Object>> items = page.path("items");
                read.addAll(items);
                cursor = page.path("next_cursor");
                if (items.isEmpty() && !stillWriting) {
                    if (last) {
                        return;
                    }
                    last = true;
                }
            }
        });
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            jobs.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String id = create("Writer " + writer + " reports figure " + i + ".", "Feed Writer " + writer, domain);
                    created.add(id);
                    if (i % 3 == 0) {
                        given().contentType("application/merge-patch+json").body("{\"cue\": \"added\"}")
                                .patch("/statements/" + id).then().statusCode(200);
                    }
                }
            }));
        }
        for (Future<?> job : jobs) {
            job.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(120, TimeUnit.SECONDS);
        pool.shutdown();

        // the feed is gap-free and in order: consecutive seqs, none repeated, none skipped
        for (int i = 1; i < read.size(); i++) {
            assertEquals(((Number) read.get(i - 1).get("seq")).longValue() + 1,
                    ((Number) read.get(i).get("seq")).longValue(), "seq after position " + i);
        }
        Map<String, List<Object>> byStatement = new HashMap<>();
        for (Map<String, Object> change : read) {
            byStatement.computeIfAbsent((String) change.get("statement_id"), k -> new ArrayList<>()).add(change.get("type"));
        }
        assertEquals(writers * perWriter, created.size());
        for (String id : created) {
            List<Object> types = byStatement.get(id);
            assertTrue(types != null && types.get(0).equals("CREATED"), "created first: " + id);
            long creates = types.stream().filter("CREATED"::equals).count();
            assertEquals(1, creates, "exactly one CREATED for " + id);
        }
        long updates = byStatement.entrySet().stream().filter(e -> created.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter("UPDATED"::equals).count();
        assertEquals(writers * ((perWriter + 2) / 3), updates);
    }

    @Test
    void rejectsMalformedCursorsAndLimits() {
        given().queryParam("after", "not-a-cursor").get("/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().queryParam("limit", 0).get("/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        String foreign = given().queryParam("limit", 1).get("/statements").path("next_cursor");
        if (foreign != null) {
            given().queryParam("after", foreign).get("/changes").then().statusCode(400)
                    .body("errors[0].field", equalTo("after"));
        }
        assertFalse(tail().isBlank());
    }
}
