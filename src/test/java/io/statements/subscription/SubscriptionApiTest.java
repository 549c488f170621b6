package io.statements.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Validation, ownership and limits of the subscription API. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionApiTest {

    private static final String URL = "http://127.0.0.1:9/hook";

    @Test
    @TestSecurity(user = "carol", roles = "reader")
    void badFiltersAreRefusedNamingTheParameterAsTheSearchDoes() {
        refused(Map.of("stance", "ANGRY"), "filter.stance", "must be one of");
        refused(Map.of("colour", "red"), "filter.colour", "unknown parameter");
        refused(Map.of("reported_after", "yesterday"), "filter.reported_after", "RFC 3339");
        refused(Map.of("q", List.of("one", "two")), "filter.q", "at most once");
        refused(Map.of("q", "the of and"), "filter.q", "no searchable words");
        refused(Map.of("speaker_id", "not-a-uuid"), "filter.speaker_id", "UUID");
        refused(Map.of("speaker", 42), "filter.speaker", "string");
        refused(Map.of("reported_after", "2024-05-01", "reported_before", "2024-01-01"), "filter.reported_before",
                "later than");
        // the same parameter given to GET /statements is refused the same way
        given().queryParam("stance", "ANGRY").get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("stance"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "reader")
    void badEventsAndUrlsAreRefused() {
        post(body(Map.of(), List.of("statement.exploded"), URL)).then().statusCode(400)
                .body("errors[0].field", equalTo("events[0]"));
        post(body(Map.of(), List.of("utterance.reported"), URL)).then().statusCode(400)
                .body("errors[0].message", containsString("not available yet"));
        post(body(Map.of(), List.of(), URL)).then().statusCode(400).body("errors[0].field", equalTo("events"));
        post(body(Map.of(), List.of("statement.created"), "ftp://example.com/x")).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        post(body(Map.of(), List.of("statement.created"), "http://user:pw@127.0.0.1/x")).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        post(body(Map.of(), List.of("statement.created"), "http://no-such-host.invalid/x")).then().statusCode(400)
                .body("errors[0].message", containsString("does not resolve"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"events\": [\"statement.created\"], "
                + "\"url\": \"" + URL + "\", \"extra\": 1}").post("/subscriptions").then().statusCode(400);
    }

    /** Set by the owner's test, which runs first; the other identities' tests use it. */
    private static String owned;

    @Test
    @Order(1)
    @TestSecurity(user = "dave", roles = "reader")
    void anOwnerCreatesASubscription() {
        owned = post(body(Map.of("stance", "OPPOSE"), List.of("statement.created"), URL))
                .then().statusCode(201).body("owner", equalTo("dave"))
                .body("filter.stance[0]", equalTo("OPPOSE")).extract().path("id");
        given().get("/subscriptions").then().statusCode(200).body("items.id", hasItem(owned));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "erin", roles = {"reader", "editor"})
    void anotherIdentityCannotSeeOrTouchIt() {
        given().get("/subscriptions/{id}", owned).then().statusCode(404);
        given().delete("/subscriptions/{id}", owned).then().statusCode(404);
        given().post("/subscriptions/{id}/test", owned).then().statusCode(404);
        given().post("/subscriptions/{id}/rotate-secret", owned).then().statusCode(404);
        given().get("/subscriptions/{id}/deliveries", owned).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"status\": \"PAUSED\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(404);
        given().get("/subscriptions").then().statusCode(200).body("items.id", not(hasItem(owned)));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "root", roles = "admin")
    void anAdminSeesEverySubscription() {
        given().get("/subscriptions/{id}", owned).then().statusCode(200).body("owner", equalTo("dave"));
        given().get("/subscriptions?limit=100").then().statusCode(200).body("items.id", hasItem(owned));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "dave", roles = "reader")
    void theOwnerChangesPausesAndDeletesIt() {
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body("{\"status\": \"PAUSED\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(412);
        given().contentType(ContentType.JSON).body("{\"status\": \"PAUSED\", \"name\": \"renamed\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("name", equalTo("renamed"));
        given().contentType(ContentType.JSON).body("{\"filter\": {\"kind\": \"SHOUTED\"}}")
                .patch("/subscriptions/{id}", owned).then().statusCode(400)
                .body("errors[0].field", equalTo("filter.kind"));
        given().contentType(ContentType.JSON).body("{\"status\": \"FAILING\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(400);
        given().delete("/subscriptions/{id}", owned).then().statusCode(204);
        given().get("/subscriptions/{id}", owned).then().statusCode(404);
    }

    @Test
    void anonymousCallersAreNotAuthenticated() {
        given().get("/subscriptions").then().statusCode(401);
        post(body(Map.of(), List.of("statement.created"), URL)).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "grace", roles = "visitor")
    void identitiesWithoutTheReaderRoleAreForbidden() {
        given().get("/subscriptions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frank", roles = "reader")
    void anIdentityHasAtMostTheConfiguredNumberOfSubscriptions() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // the test profile allows 5
            ids.add(post(body(Map.of(), List.of("statement.created"), URL)).then().statusCode(201).extract().path("id"));
        }
        post(body(Map.of(), List.of("statement.created"), URL)).then().statusCode(409)
                .body("detail", containsString("At most 5"));
        given().get("/subscriptions?limit=2").then().statusCode(200).body("items.size()", equalTo(2))
                .body("next_cursor", org.hamcrest.Matchers.notNullValue());
        ids.forEach(id -> given().delete("/subscriptions/{id}", id).then().statusCode(204));
    }

    private static void refused(Map<String, Object> filter, String field, String message) {
        post(body(filter, List.of("statement.created"), URL)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].message", containsString(message));
    }

    static Map<String, Object> body(Map<String, Object> filter, List<String> events, String url) {
        return Map.of("name", "alert", "filter", filter, "events", events, "url", url);
    }

    static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/subscriptions");
    }
}
