package io.statements.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IdempotencyAndExportTest {

    @Test
    void retryWithTheSameKeyReplaysTheFirstResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Fixtures.statement("The library opens on Sundays from March.", Fixtures.unique("Key Speaker"),
                Fixtures.domain());
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/statements");
        first.then().statusCode(201);
        String id = first.path("id");
        // the statement changes meanwhile; a retry still gets the first response, not a new statement
        given().contentType("application/merge-patch+json").body("{\"cue\": \"announced\"}")
                .patch("/statements/" + id).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            retries.add(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body.replace("\n", " ")).post("/statements"));
        }
        for (Future<Response> retry : pool.invokeAll(retries)) {
            retry.get().then().statusCode(201).header("Idempotent-Replayed", "true")
                    .header("Location", first.header("Location"))
                    .body("id", equalTo(id)).body("version", equalTo(0)).body("$", org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.hasKey("cue")));
        }
        pool.shutdown();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body.replace("Sundays", "Saturdays")).post("/statements").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "bad key with spaces").body(body)
                .post("/statements").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        // without a key, the same statement is recognised by its natural key
        given().contentType(ContentType.JSON).body(body).post("/statements").then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void updatingOntoAnotherStatementsNaturalKeyIsAConflict() {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("Conflict Speaker");
        given().contentType(ContentType.JSON).body(Fixtures.statement("First words.", speaker, domain))
                .post("/statements").then().statusCode(201);
        String second = given().contentType(ContentType.JSON).body(Fixtures.statement("Second words.", speaker, domain))
                .post("/statements").then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body("{\"text\": \"first  WORDS\"}")
                .patch("/statements/" + second).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void exportsMoreRowsThanAPageAsNdjsonAndCsv() {
        String domain = Fixtures.domain();
        StringBuilder body = new StringBuilder();
        int rows = ExportResource.BATCH + 37; // more than one export batch, and than any listing page
        for (int i = 0; i < rows; i++) {
            body.append(BulkImportTest.line("Export row " + i + ", with a comma and \\\"quotes\\\".", "Export Speaker",
                    domain, ", \"language\": \"en\"")).append('\n');
        }
        List<Map<String, Object>> imported = BulkImportTest.ndjson(body.toString());
        assertEquals(rows, imported.stream().filter(r -> "CREATED".equals(r.get("status"))).count());
        String outletId = given().get("/statements/" + imported.get(0).get("id")).path("outlet.id");

        Response ndjson = given().accept(BulkImportTest.NDJSON).queryParam("outlet_id", outletId)
                .queryParam("language", "en").get("/statements/export");
        ndjson.then().statusCode(200).contentType(BulkImportTest.NDJSON);
        List<String> lines = ndjson.asString().lines().toList();
        assertEquals(rows, lines.size());
        List<Object> ids = lines.stream().map(l -> (Object) io.restassured.path.json.JsonPath.from(l).getString("id")).toList();
        assertEquals(imported.stream().map(r -> r.get("id")).sorted().toList(), ids.stream().sorted().toList(),
                "every imported row exactly once");
        assertEquals(ids.stream().sorted().toList(), ids, "oldest first");

        Response csv = given().accept("text/csv").queryParam("outlet_id", outletId).get("/statements/export");
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        List<String> records = csv.asString().lines().toList();
        assertEquals(rows + 1, records.size(), "header and one record a row (no embedded newlines here)");
        assertTrue(records.get(0).startsWith("id,text,kind,speaker_id"));
        assertTrue(records.stream().anyMatch(r -> r.contains(",\"Export row 0, with a comma and \"\"quotes\"\".\",")),
                "RFC 4180 quoting of commas and quotes");

        given().queryParam("outlet_id", outletId).queryParam("reported_after", "2999-01-01T00:00:00Z")
                .accept(BulkImportTest.NDJSON).get("/statements/export").then().statusCode(200)
                .body(equalTo(""));
        given().queryParam("speaker_id", "nope").get("/statements/export").then().statusCode(400)
                .body("errors[0].field", equalTo("speaker_id"));
        given().queryParam("reported_before", "yesterday").get("/statements/export").then().statusCode(400)
                .body("errors[0].field", equalTo("reported_before"));
        given().queryParam("sort", "relevance").get("/statements/export").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));

        // the search filters apply: full text and a speaker name select exactly the matching rows
        Response rowSeven = given().accept(BulkImportTest.NDJSON).queryParam("q", "\"export row 7\"")
                .queryParam("speaker", "EXPORT SPEAKER").queryParam("outlet_id", outletId).get("/statements/export");
        rowSeven.then().statusCode(200);
        assertEquals(1, rowSeven.asString().lines().count(), rowSeven.asString());
        assertTrue(rowSeven.asString().contains("Export row 7, with a comma"));
    }
}
