package io.statements.speaker;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SpeakerResourceTest {

    private static String createSpeaker(String name, String kind, String... aliases) {
        String aliasJson = aliases.length == 0 ? "[]" : "[\"" + String.join("\", \"", aliases) + "\"]";
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"%s\", \"kind\": \"%s\", \"aliases\": %s}".formatted(name, kind, aliasJson))
                .post("/speakers").then().statusCode(201).extract().path("id");
    }

    /** Creates a statement and returns the id of the speaker it was attributed to. */
    private static String statementBy(String speakerJson, String domain) {
        return statement(speakerJson, domain).path("speaker.id");
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> statement(
            String speakerJson, String domain) {
        return given().contentType(ContentType.JSON)
                .body("{\"text\": \"Words %s\", \"kind\": \"INDIRECT\", \"speaker\": %s, \"outlet\": {\"domain\": \"%s\"}}"
                        .formatted(UUID.randomUUID(), speakerJson, domain))
                .post("/statements").then().statusCode(201).extract();
    }

    /**
     * The lists read where searches read (the non-blocking client, the replica when there is one), the single read
     * through Hibernate: a speaker is written the same byte for byte in both, every field set and changed once.
     */
    @Test
    void listsWriteASpeakerByteForByteAsTheSingleRead() {
        String name = Fixtures.unique("Odile Brannigan");
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "PERSON", "title": "Ferry operator", "affiliation": "Island Lines",
                         "aliases": ["O. Brannigan", "Captain Brannigan"], "wikidata_id": "Q7001"}""".formatted(name))
                .post("/speakers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"name": "%s", "kind": "PERSON", "title": "Retired ferry operator",
                         "aliases": ["Captain Brannigan"]}""".formatted(name))
                .put("/speakers/" + id).then().statusCode(200);
        String single = given().get("/speakers/" + id).then().statusCode(200).extract().asString();
        String byName = given().queryParam("name", name).get("/speakers").then().statusCode(200).extract().asString();
        assertEquals("{\"items\":[" + single + "]}", byName);
        String suggested = given().queryParam("q", name).get("/speakers").then().statusCode(200).extract().asString();
        assertTrue(suggested.startsWith("{\"items\":[" + single), suggested);
        String newest = given().get("/speakers?limit=100").then().statusCode(200).extract().asString();
        assertTrue(newest.contains(single), "the unfiltered list holds the same bytes");
    }

    @Test
    void crudRoundTrip() {
        String name = Fixtures.unique("Amara Quist");
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "PERSON", "title": "Harbour commissioner",
                         "affiliation": "Port Authority", "aliases": ["Quist", "quist", "Commissioner Quist"],
                         "wikidata_id": "Q4242"}""".formatted(name))
                .post("/speakers").then().statusCode(201)
                .header("Location", containsString("/speakers/"))
                .body("aliases", equalTo(List.of("Quist", "Commissioner Quist")))
                .body("wikidata_id", equalTo("Q4242"))
                .extract().path("id");
        given().get("/speakers/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Harbour commissioner"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"%s\", \"kind\": \"PERSON\", \"title\": \"Former commissioner\"}".formatted(name))
                .put("/speakers/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("title", equalTo("Former commissioner")).body("aliases", hasSize(0));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"%s\", \"kind\": \"PERSON\"}".formatted(name))
                .put("/speakers/" + id).then().statusCode(412);
        given().delete("/speakers/" + id).then().statusCode(204);
        given().get("/speakers/" + id).then().statusCode(404);
    }

    @Test
    void resolvesStatementSpeakersByNameAndAliasIgnoringCaseAccentsAndPunctuation() {
        String domain = Fixtures.domain();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String id = createSpeaker("José Álvarez-Ortiz " + suffix, "PERSON", "Minister Alvarez " + suffix);

        String[] spellings = {"jose alvarez ortiz " + suffix, "JOSÉ ÁLVAREZ-ORTIZ " + suffix,
                "José Álvarez Ortiz, " + suffix, "minister álvarez " + suffix, "Minister. Alvarez " + suffix};
        for (String spelling : spellings) {
            String resolved = statementBy("{\"name\": \"%s\"}".formatted(spelling), domain);
            org.junit.jupiter.api.Assertions.assertEquals(id, resolved, spelling);
        }
        // unknown names create a speaker once, of the given kind
        String group = "Two harbour pilots " + suffix;
        String created = statementBy("{\"name\": \"%s\", \"kind\": \"ANONYMOUS\"}".formatted(group), domain);
        String again = statementBy("{\"name\": \"%s\"}".formatted(group.toUpperCase()), domain);
        org.junit.jupiter.api.Assertions.assertEquals(created, again);
        given().get("/speakers/" + created).then().body("kind", equalTo("ANONYMOUS"));

        given().queryParam("name", "MINISTER ALVAREZ " + suffix).get("/speakers").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().queryParam("name", "nobody " + suffix).get("/speakers").then().statusCode(200)
                .body("items", hasSize(0));
        statementBy("{\"id\": \"%s\"}".formatted(id), domain);
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"x\", \"kind\": \"DIRECT\", \"speaker\": {\"id\": \"%s\"}, \"outlet\": {\"domain\": \"%s\"}}"
                        .formatted(UUID.randomUUID(), domain))
                .post("/statements").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("speaker.id"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"x\", \"kind\": \"DIRECT\", \"speaker\": {\"kind\": \"PERSON\"}, \"outlet\": {\"domain\": \"%s\"}}"
                        .formatted(domain))
                .post("/statements").then().statusCode(400).body("errors[0].field", equalTo("speaker"));
    }

    @Test
    void mergeMovesStatementsAndNames() {
        String domain = Fixtures.domain();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String keep = createSpeaker("Lena Marsh " + suffix, "PERSON", "Marsh " + suffix);
        String dup = createSpeaker("L. Marsh " + suffix, "PERSON", "Councillor Marsh " + suffix);
        String kept = statement("{\"id\": \"%s\"}".formatted(keep), domain).path("id");
        List<String> moved = List.of(statement("{\"id\": \"%s\"}".formatted(dup), domain).path("id"),
                statement("{\"id\": \"%s\"}".formatted(dup), domain).path("id"));

        // a speaker that statements still use cannot be deleted
        given().delete("/speakers/" + dup).then().statusCode(409).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body("{\"from\": \"%s\"}".formatted(dup))
                .post("/speakers/" + keep + "/merge").then().statusCode(200)
                .body("aliases", containsInAnyOrder("Marsh " + suffix, "L. Marsh " + suffix, "Councillor Marsh " + suffix));
        given().get("/speakers/" + dup).then().statusCode(404);
        // the duplicate's names now resolve to the survivor
        org.junit.jupiter.api.Assertions.assertEquals(keep,
                statementBy("{\"name\": \"councillor marsh %s\"}".formatted(suffix), domain));
        for (String id : moved) {
            // moved statements changed representation, so their version moved on
            given().get("/statements/" + id).then().body("speaker.id", equalTo(keep)).body("version", equalTo(1));
        }
        given().get("/statements/" + kept).then().body("speaker.id", equalTo(keep)).body("version", equalTo(0));

        given().contentType(ContentType.JSON).body("{\"from\": \"%s\"}".formatted(keep))
                .post("/speakers/" + keep + "/merge").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"from\": \"%s\"}".formatted(UUID.randomUUID()))
                .post("/speakers/" + keep + "/merge").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}")
                .post("/speakers/" + keep + "/merge").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void listsWithPaging() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String a = createSpeaker("Pager One " + suffix, "ORGANIZATION");
        String b = createSpeaker("Pager Two " + suffix, "GROUP");
        var first = given().queryParam("limit", 1).get("/speakers");
        first.then().statusCode(200).body("items.id", equalTo(List.of(b)));
        given().queryParam("limit", 1).queryParam("cursor", (String) first.path("next_cursor")).get("/speakers")
                .then().statusCode(200).body("items.id", equalTo(List.of(a)));
    }
}
