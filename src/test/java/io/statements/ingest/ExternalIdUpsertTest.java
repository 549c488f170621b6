package io.statements.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** external_id on single creates, in representations and search, and bulk lines that update (upsert). */
@QuarkusTest
class ExternalIdUpsertTest {

    private static String withExternalId(String text, String speaker, String domain, String externalId) {
        return Fixtures.statement(text, speaker, domain).replaceFirst("\\}$", ", \"external_id\": \"" + externalId + "\"}");
    }

    @Test
    void singleCreateTakesExternalIdUniquePerOutletAndSearchFindsIt() {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("Ext Speaker");
        String externalId = Fixtures.unique("wire").replace(' ', '-');
        String id = given().contentType(ContentType.JSON)
                .body(withExternalId("The pier reopens on Monday.", speaker, domain, externalId))
                .post("/statements").then().statusCode(201).body("external_id", equalTo(externalId))
                .extract().path("id");
        given().get("/statements/" + id).then().statusCode(200).body("external_id", equalTo(externalId));
        // the same external id for the same outlet, even with other words, is that statement: 200, nothing created
        given().contentType(ContentType.JSON)
                .body(withExternalId("The pier reopens on Tuesday.", speaker, domain, externalId))
                .post("/statements").then().statusCode(200).body("id", equalTo(id))
                .body("text", equalTo("The pier reopens on Monday."));
        // another outlet may use the same external id for its own statement
        String other = given().contentType(ContentType.JSON)
                .body(withExternalId("The pier reopens on Monday.", speaker, Fixtures.domain(), externalId))
                .post("/statements").then().statusCode(201).extract().path("id");
        given().queryParam("external_id", externalId).get("/statements").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items.id", hasItem(id)).body("items.id", hasItem(other))
                .body("items.external_id", hasItem(externalId));
        given().queryParam("external_id", externalId).queryParam("outlet", domain).get("/statements").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].id", equalTo(id));
        // taking another statement's external id on update is a conflict, not a server error
        String third = given().contentType(ContentType.JSON)
                .body(Fixtures.statement("The ferry stays.", speaker, domain)).post("/statements").then()
                .statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body("{\"external_id\": \"" + externalId + "\"}")
                .patch("/statements/" + third).then().statusCode(409);
        given().contentType(ContentType.JSON).body(withExternalId(" ", speaker, domain, "  "))
                .post("/statements").then().statusCode(400);
    }

    @Test
    void bulkLineWithKnownExternalIdUpdatesOnlyInUpsertMode() {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("Upsert Speaker");
        String first = BulkImportTest.line("Tolls rise in May.", speaker, domain,
                ", \"external_id\": \"toll-1\", \"stance\": \"SUPPORT\", \"stance_target\": \"tolls\"");
        List<Map<String, Object>> created = BulkImportTest.ndjson(first);
        assertEquals("CREATED", created.get(0).get("status"));
        String id = (String) created.get(0).get("id");
        String cursor = given().queryParam("after", "latest").get("/changes").then().statusCode(200)
                .extract().path("next_cursor");

        String corrected = BulkImportTest.line("Tolls rise in June.", speaker, domain,
                ", \"external_id\": \"toll-1\", \"stance\": \"SUPPORT\", \"stance_target\": \"tolls\"");
        // default: create-only, the correction is reported as a duplicate and changes nothing
        assertEquals(List.of("DUPLICATE", id), result(BulkImportTest.ndjson(corrected)));
        given().get("/statements/" + id).then().body("text", equalTo("Tolls rise in May.")).body("version", equalTo(0));

        // ?mode=upsert: the statement takes the line's content, with a new version and an UPDATED change
        List<Map<String, Object>> updated = linesOf(BulkImportTest.bulk().queryParam("mode", "upsert").body(corrected)
                .post("/statements/bulk").then().statusCode(200).extract().asString());
        assertEquals(List.of("UPDATED", id), result(updated));
        given().get("/statements/" + id).then().body("text", equalTo("Tolls rise in June.")).body("version", equalTo(1))
                .body("origin", equalTo("IMPORTED")).body("external_id", equalTo("toll-1"));
        given().queryParam("after", cursor).get("/changes").then().statusCode(200)
                .body("items.find { it.statement_id == '" + id + "' }.type", equalTo("UPDATED"));

        // the same line again changes nothing: DUPLICATE
        assertEquals(List.of("DUPLICATE", id), result(linesOf(BulkImportTest.bulk().queryParam("mode", "upsert")
                .body(corrected).post("/statements/bulk").then().statusCode(200).extract().asString())));

        // a line's own mode overrides the request's; an unknown mode is refused
        String again = BulkImportTest.line("Tolls rise in July.", speaker, domain,
                ", \"external_id\": \"toll-1\", \"mode\": \"upsert\"");
        assertEquals(List.of("UPDATED", id), result(BulkImportTest.ndjson(again)));
        String createOnly = BulkImportTest.line("Tolls rise in August.", speaker, domain,
                ", \"external_id\": \"toll-1\", \"mode\": \"create\"");
        assertEquals(List.of("DUPLICATE", id), result(linesOf(BulkImportTest.bulk().queryParam("mode", "upsert")
                .body(createOnly).post("/statements/bulk").then().statusCode(200).extract().asString())));
        assertEquals("INVALID", BulkImportTest.ndjson(BulkImportTest.line("x", speaker, domain,
                ", \"external_id\": \"toll-1\", \"mode\": \"merge\"")).get(0).get("status"));
        BulkImportTest.bulk().queryParam("mode", "merge").body(again).post("/statements/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("mode"));

        // counts of the JSON report include the updates
        BulkImportTest.bulk().accept(ContentType.JSON).queryParam("mode", "upsert")
                .body(BulkImportTest.line("Tolls rise in September.", speaker, domain, ", \"external_id\": \"toll-1\""))
                .post("/statements/bulk").then().statusCode(200).body("updated", equalTo(1))
                .body("items[0].status", equalTo("UPDATED"));
    }

    private static List<Object> result(List<Map<String, Object>> lines) {
        assertEquals(1, lines.size());
        return List.of(lines.get(0).get("status"), lines.get(0).get("id"));
    }

    private static List<Map<String, Object>> linesOf(String ndjson) {
        return ndjson.lines().map(l -> io.restassured.path.json.JsonPath.from(l).<String, Object>getMap("")).toList();
    }
}
