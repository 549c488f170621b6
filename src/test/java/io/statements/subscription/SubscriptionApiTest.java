package io.statements.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Validation, ownership and limits of the subscription API; identities are API keys holding the reader role. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionApiTest {

    private static final String URL = "http://127.0.0.1:9/hook";
    /** A key's name is its identity's principal name, so each name is one owner. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    /** Set by the owner's test, which runs first; the other identities' tests use it. */
    private static String owned;

    @Test
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
        as("carol").queryParam("stance", "ANGRY").get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("stance"));
    }

    @Test
    void badEventsAndUrlsAreRefused() {
        post("carol", body(Map.of(), List.of("statement.exploded"), URL)).then().statusCode(400)
                .body("errors[0].field", equalTo("events[0]"));
        post("carol", body(Map.of(), List.of(), URL)).then().statusCode(400).body("errors[0].field", equalTo("events"));
        post("carol", body(Map.of(), List.of("statement.created"), "ftp://example.com/x")).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        post("carol", body(Map.of(), List.of("statement.created"), "http://user:pw@127.0.0.1/x")).then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        post("carol", body(Map.of(), List.of("statement.created"), "http://no-such-host.invalid/x")).then()
                .statusCode(400).body("errors[0].message", containsString("does not resolve"));
        as("carol").contentType(ContentType.JSON).body("{\"name\": \"x\", \"events\": [\"statement.created\"], "
                + "\"url\": \"" + URL + "\", \"extra\": 1}").post("/subscriptions").then().statusCode(400);
    }

    @Test
    @Order(1)
    void anOwnerCreatesASubscription() {
        owned = post("dave", body(Map.of("stance", "OPPOSE"), List.of("statement.created"), URL))
                .then().statusCode(201).body("owner", startsWith("dave-"))
                .body("filter.stance[0]", equalTo("OPPOSE")).body("secret", startsWith("whsec_"))
                .body("position", notNullValue()).extract().path("id");
        as("dave").get("/subscriptions").then().statusCode(200).body("items.id", hasItem(owned));
    }

    @Test
    @Order(2)
    void anotherIdentityCannotSeeOrTouchIt() {
        as("erin").get("/subscriptions/{id}", owned).then().statusCode(404);
        as("erin").delete("/subscriptions/{id}", owned).then().statusCode(404);
        as("erin").post("/subscriptions/{id}/test", owned).then().statusCode(404);
        as("erin").post("/subscriptions/{id}/rotate-secret", owned).then().statusCode(404);
        as("erin").get("/subscriptions/{id}/deliveries", owned).then().statusCode(404);
        as("erin").contentType(ContentType.JSON).body("{\"status\": \"PAUSED\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(404);
        as("erin").get("/subscriptions").then().statusCode(200).body("items.id", not(hasItem(owned)));
    }

    @Test
    @Order(3)
    void anAdminSeesEverySubscription() {
        // requests without credentials carry the test admin key (TestCredentials)
        given().get("/subscriptions/{id}", owned).then().statusCode(200).body("owner", startsWith("dave-"));
        given().get("/subscriptions?limit=100").then().statusCode(200).body("items.id", hasItem(owned));
    }

    @Test
    @Order(4)
    void theOwnerChangesPausesAndDeletesIt() {
        as("dave").contentType(ContentType.JSON).header("If-Match", "\"999\"").body("{\"status\": \"PAUSED\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(412);
        as("dave").contentType(ContentType.JSON).body("{\"status\": \"PAUSED\", \"name\": \"renamed\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(200)
                .body("status", equalTo("PAUSED")).body("name", equalTo("renamed"));
        as("dave").contentType(ContentType.JSON).body("{\"filter\": {\"kind\": \"SHOUTED\"}}")
                .patch("/subscriptions/{id}", owned).then().statusCode(400)
                .body("errors[0].field", equalTo("filter.kind"));
        as("dave").contentType(ContentType.JSON).body("{\"status\": \"FAILING\"}")
                .patch("/subscriptions/{id}", owned).then().statusCode(400);
        as("dave").delete("/subscriptions/{id}", owned).then().statusCode(204);
        as("dave").get("/subscriptions/{id}", owned).then().statusCode(404);
    }

    @Test
    void anonymousCallersAreNotAuthenticated() {
        TestCredentials.anonymous().get("/subscriptions").then().statusCode(401);
        TestCredentials.anonymous().contentType(ContentType.JSON)
                .body(body(Map.of(), List.of("statement.created"), URL)).post("/subscriptions").then().statusCode(401);
    }

    @Test
    void anIdentityHasAtMostTheConfiguredNumberOfSubscriptions() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // the test profile allows 5
            ids.add(post("frank", body(Map.of(), List.of("statement.created"), URL)).then().statusCode(201)
                    .extract().path("id"));
        }
        post("frank", body(Map.of(), List.of("statement.created"), URL)).then().statusCode(409)
                .body("detail", containsString("At most 5"));
        as("frank").get("/subscriptions?limit=2").then().statusCode(200).body("items.size()", equalTo(2))
                .body("next_cursor", notNullValue());
        ids.forEach(id -> as("frank").delete("/subscriptions/{id}", id).then().statusCode(204));
    }

    private static void refused(Map<String, Object> filter, String field, String message) {
        post("carol", body(filter, List.of("statement.created"), URL)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].message", containsString(message));
    }

    static Map<String, Object> body(Map<String, Object> filter, List<String> events, String url) {
        return Map.of("name", "alert", "filter", filter, "events", events, "url", url);
    }

    private static io.restassured.response.Response post(String who, Map<String, Object> body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/subscriptions");
    }

    /** Requests as the identity of a reader API key named after {@code name} (created with the admin key). */
    private static RequestSpecification as(String name) {
        String key = KEYS.computeIfAbsent(name, n -> given().contentType(ContentType.JSON)
                .body(Map.of("name", n + "-" + UUID.randomUUID().toString().substring(0, 8), "roles", List.of("reader")))
                .post("/api-keys").then().statusCode(201).extract().path("key"));
        return TestCredentials.bearer(key);
    }
}
