package io.statements.statement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class StatementResourceTest {

    @Test
    void createsReadsAndEmbedsSummaries() {
        String domain = Fixtures.domain();
        String body = """
                {"text": "  The harbour will reopen on Monday.  ", "kind": "DIRECT",
                 "speaker": {"name": "Marta Oyelaran", "kind": "PERSON"},
                 "outlet": {"domain": "WWW.%s", "name": "Harbour Herald"},
                 "article": {"url": "https://%s/news/harbour", "title": "Harbour to reopen",
                             "published_at": "2024-03-01T08:30:00Z"},
                 "cue": "said", "channel": "PRESS_CONFERENCE", "via": "Coastal Wire",
                 "stance": "SUPPORT", "stance_target": "harbour authority",
                 "topics": ["ports", "Ports", "economy"], "language": "en",
                 "stated_at": "2024-02-29T17:00:00Z"}""".formatted(domain, domain);
        Response created = given().contentType(ContentType.JSON).body(body).post("/statements");
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("text", equalTo("The harbour will reopen on Monday."))
                .body("speaker.name", equalTo("Marta Oyelaran"))
                .body("outlet.domain", equalTo(domain))
                .body("article.title", equalTo("Harbour to reopen"))
                .body("channel", equalTo("PRESS_CONFERENCE"))
                .body("topics", equalTo(List.of("ports", "economy")))
                .body("reported_at", equalTo("2024-03-01T08:30:00Z"))
                .body("origin", equalTo("MANUAL"));
        String location = created.header("Location");
        String id = created.path("id");
        assertEquals('7', id.charAt(14), "ids are UUIDv7");

        given().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("stance_target", equalTo("harbour authority"))
                .body("stated_at", equalTo("2024-02-29T17:00:00Z"));
        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
    }

    @Test
    void replacesAndPatchesWithOptimisticLocking() {
        String domain = Fixtures.domain();
        String id = given().contentType(ContentType.JSON)
                .body(Fixtures.statement("Rates stay where they are.", "Ilse Varga", domain))
                .post("/statements").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.statement("Rates stay where they are for now.", "Ilse Varga", domain))
                .put("/statements/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("version", equalTo(1))
                .body("text", equalTo("Rates stay where they are for now."));

        // a writer still holding version 0 loses
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.statement("Stale edit", "Ilse Varga", domain))
                .put("/statements/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));

        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"stance\": \"OPPOSE\", \"stance_target\": \"the central bank\", \"cue\": \"warned\"}")
                .patch("/statements/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("stance", equalTo("OPPOSE"))
                .body("text", equalTo("Rates stay where they are for now."))
                .body("speaker.name", equalTo("Ilse Varga"));

        given().contentType("application/merge-patch+json")
                .body("{\"cue\": null, \"speaker\": {\"name\": \"Tomas Berg\"}}")
                .patch("/statements/" + id).then().statusCode(200)
                .body("cue", nullValue()).body("speaker.name", equalTo("Tomas Berg"));

        given().contentType("application/merge-patch+json").body("{\"kind\": \"LOUD\"}")
                .patch("/statements/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().contentType("application/merge-patch+json").body("{\"text\": null}")
                .patch("/statements/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));

        given().header("If-Match", "\"2\"").delete("/statements/" + id).then().statusCode(412);
        given().header("If-Match", "\"3\"").delete("/statements/" + id).then().statusCode(204);
        given().get("/statements/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pagesNewestFirstWithoutDuplicatesOrGaps() {
        String domain = Fixtures.domain();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(0, given().contentType(ContentType.JSON)
                    .body(Fixtures.statement("Paging statement " + i, "Page Speaker", domain))
                    .post("/statements").then().statusCode(201).extract().path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            // scoped to this test's outlet: the default order is by reported_at, which these statements lack
            var request = given().queryParam("limit", 2).queryParam("outlet", domain);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/statements");
            page.then().statusCode(200).body("items.size()", lessThanOrEqualTo(2));
            seen.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
            pages++;
        } while (cursor != null && seen.size() < 5);
        assertEquals(mine, seen.subList(0, 5), "newest first, each once");
        assertEquals(3, pages);
    }

    @Test
    void lastPageHasNoNextCursor() {
        Response page = given().queryParam("limit", 100).get("/statements");
        String cursor = page.path("next_cursor");
        while (cursor != null) {
            page = given().queryParam("limit", 100).queryParam("cursor", cursor).get("/statements");
            cursor = page.path("next_cursor");
        }
        page.then().statusCode(200).body("$", not(hasKey("next_cursor")));
    }
}
