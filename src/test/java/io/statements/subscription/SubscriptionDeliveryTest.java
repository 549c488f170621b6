package io.statements.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhooks through the real service and real PostgreSQL to real HTTP receivers on loopback. */
@QuarkusTest
class SubscriptionDeliveryTest {

    private static final Random RANDOM = new Random();

    @Test
    void matchingCreateIsDeliveredOnceWithAValidSignatureAndANonMatchingOneNotAtAll() throws Exception {
        String word = word();
        try (Receiver receiver = Receiver.start()) {
            Subscription sub = subscribe(receiver, Map.of("q", word), "statement.created");
            String skipped = createStatement("Nothing to see in this sentence about " + word() + ".");
            String matched = createStatement("The ministers discussed the " + word + " agreement at length.");

            Receiver.Request request = receiver.await(1, 10_000).get(0);
            Thread.sleep(500); // a second, duplicate delivery would arrive within this
            assertEquals(1, receiver.requests().size(), "one delivery only: " + receiver.requests());
            assertTrue(request.signedWith(sub.secret()), "Standard Webhooks signature valid for the secret");
            assertFalse(request.signedWith(SubscriptionDeliveryTestSupport.otherSecret()));
            assertTrue(Math.abs(Long.parseLong(request.timestamp()) - System.currentTimeMillis() / 1000) < 60);
            JsonNode body = request.json();
            assertEquals("statement.created", body.get("type").asText());
            assertEquals(matched, body.at("/data/statement/id").asText());
            assertEquals(matched, body.at("/data/statement_id").asText());
            assertTrue(body.at("/data/statement/text").asText().contains(word));
            assertTrue(body.at("/data/position").isTextual(), "change-feed position: " + body);
            assertEquals(sub.id(), body.at("/data/subscription_id").asText());
            assertFalse(body.toString().contains(skipped));

            given().get("/subscriptions/{id}/deliveries", sub.id()).then().statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].id", equalTo(request.id()))
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].response_status", equalTo(200))
                    .body("items[0].latency_ms", notNullValue())
                    .body("items[0].event_type", equalTo("statement.created"));
            given().get("/subscriptions/{id}", sub.id()).then().statusCode(200).body("lag", equalTo(0));
            given().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("statements_webhooks_deliveries_total{outcome=\"delivered\"}"))
                    .body(org.hamcrest.Matchers.containsString("statements_webhooks_delivery_latency_seconds"));
            delete(sub);
        }
    }

    @Test
    void aReceiverAnswering500TwiceThen200GetsTheEventThreeTimesUnderOneId() {
        String word = word();
        try (Receiver receiver = Receiver.start().answer(500, 500)) {
            Subscription sub = subscribe(receiver, Map.of("q", word), "statement.created");
            createStatement("A remark on the " + word + " question.");
            List<Receiver.Request> requests = receiver.await(3, 10_000);
            assertEquals(1, requests.stream().map(Receiver.Request::id).distinct().count(),
                    "the same webhook-id on every attempt: " + requests);
            assertEquals(requests.get(0).body(), requests.get(2).body());
            assertTrue(requests.get(2).signedWith(sub.secret()));
            awaitDelivery(sub, "DELIVERED", 3);
            delete(sub);
        }
    }

    @Test
    void updatesAndDeletionsOfAMatchedStatementAreDeliveredInFeedOrder() {
        String word = word();
        try (Receiver receiver = Receiver.start()) {
            Subscription sub = subscribe(receiver, Map.of("q", word),
                    "statement.created", "statement.updated", "statement.deleted");
            String id = createStatement("The " + word + " plan will hold, the minister said.");
            given().contentType("application/merge-patch+json").body("{\"stance\": \"SUPPORT\", \"stance_target\": \"plan\"}")
                    .patch("/statements/{id}", id).then().statusCode(200);
            // payloads carry the statement as it is at delivery time: let the update go out before deleting
            receiver.await(2, 10_000);
            given().delete("/statements/{id}", id).then().statusCode(204);
            List<Receiver.Request> requests = receiver.await(3, 10_000);
            assertEquals(List.of("statement.created", "statement.updated", "statement.deleted"),
                    requests.stream().map(r -> r.json().get("type").asText()).toList());
            assertEquals("SUPPORT", requests.get(1).json().at("/data/statement/stance").asText());
            JsonNode deleted = requests.get(2).json();
            assertEquals(id, deleted.at("/data/statement_id").asText());
            assertTrue(deleted.at("/data/statement").isMissingNode(), "a deleted statement has no representation");
            long s1 = requests.get(0).json().at("/data/seq").asLong();
            long s3 = deleted.at("/data/seq").asLong();
            assertTrue(s1 < s3);
            delete(sub);
        }
    }

    @Test
    void aFailingSubscriptionResumesWhereItStoppedWhenReEnabled() {
        String word = word();
        try (Receiver receiver = Receiver.start().answerByDefault(503)) {
            Subscription sub = subscribe(receiver, Map.of("q", word), "statement.created");
            String first = createStatement("First note on " + word + ".");
            String second = createStatement("Second note on " + word + ".");
            // the test profile retries for 4 seconds only
            awaitStatus(sub, "FAILING", 15_000);
            given().get("/subscriptions/{id}", sub.id()).then().statusCode(200)
                    .body("failing_since", notNullValue())
                    .body("failure_reason", startsWith("receiver answered 503"))
                    .body("lag", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
            int attempts = receiver.requests().size();
            receiver.answerByDefault(200);
            given().contentType(ContentType.JSON).body("{\"status\": \"ACTIVE\"}")
                    .patch("/subscriptions/{id}", sub.id()).then().statusCode(200).body("status", equalTo("ACTIVE"));
            List<Receiver.Request> delivered = receiver.await(attempts + 2, 10_000);
            List<String> order = delivered.subList(attempts, attempts + 2).stream()
                    .map(r -> r.json().at("/data/statement_id").asText()).toList();
            assertEquals(List.of(first, second), order);
            assertTrue(delivered.subList(0, attempts).stream()
                    .allMatch(r -> r.json().at("/data/statement_id").asText().equals(first)),
                    "the second event waits behind the first");
            delete(sub);
        }
    }

    @Test
    void aRefusedDeliveryIsNotRetriedUntilAskedThenSentUnderTheSameId() {
        String word = word();
        try (Receiver receiver = Receiver.start().answer(400)) {
            Subscription sub = subscribe(receiver, Map.of("q", word), "statement.created");
            createStatement("A claim about " + word + ".");
            Receiver.Request first = receiver.await(1, 10_000).get(0);
            JsonNode delivery = awaitDelivery(sub, "FAILED", 1);
            assertEquals(400, delivery.get("response_status").asInt());
            given().post("/subscriptions/{id}/deliveries/{d}/retry", sub.id(), first.id()).then().statusCode(202)
                    .body("id", equalTo(first.id()));
            Receiver.Request again = receiver.await(2, 10_000).get(1);
            assertEquals(first.id(), again.id());
            awaitDelivery(sub, "DELIVERED", 1);
            delete(sub);
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        try (Receiver target = Receiver.start();
             Receiver redirecting = Receiver.start().answerByDefault(307)
                     .withHeaders(Map.of("Location", target.url()))) {
            Subscription sub = subscribe(redirecting, Map.of(), "statement.created");
            given().post("/subscriptions/{id}/test", sub.id()).then().statusCode(200)
                    .body("status", equalTo("FAILED")).body("response_status", equalTo(307))
                    .body("error", org.hamcrest.Matchers.containsString("redirect"));
            assertTrue(target.requests().isEmpty(), "the redirect target was never called");
            delete(sub);
        }
    }

    @Test
    void aTestPingIsSignedAndARotatedSecretSignsAlongsideThePreviousOne() {
        try (Receiver receiver = Receiver.start()) {
            Subscription sub = subscribe(receiver, Map.of("speaker", "Nobody " + word()), "statement.created");
            given().post("/subscriptions/{id}/test", sub.id()).then().statusCode(200)
                    .body("status", equalTo("DELIVERED")).body("event_type", equalTo("ping"))
                    .body("response_status", equalTo(200));
            Receiver.Request ping = receiver.await(1, 5_000).get(0);
            assertEquals("ping", ping.json().get("type").asText());
            assertTrue(ping.signedWith(sub.secret()));

            String rotated = given().post("/subscriptions/{id}/rotate-secret", sub.id()).then().statusCode(200)
                    .body("secret", startsWith("whsec_")).extract().path("secret");
            given().get("/subscriptions/{id}", sub.id()).then().statusCode(200)
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
            given().post("/subscriptions/{id}/test", sub.id()).then().statusCode(200);
            Receiver.Request second = receiver.await(2, 5_000).get(1);
            assertTrue(second.signedWith(rotated), "signed with the new secret");
            assertTrue(second.signedWith(sub.secret()), "and, during the grace period, with the previous one");
            delete(sub);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    record Subscription(String id, String secret) {
    }

    static Subscription subscribe(Receiver receiver, Map<String, Object> filter, String... events) {
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("name", "test " + word(), "filter", filter, "events", List.of(events), "url", receiver.url()))
                .post("/subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("status", equalTo("ACTIVE")).extract();
        return new Subscription(response.path("id"), response.path("secret"));
    }

    static void delete(Subscription sub) {
        given().delete("/subscriptions/{id}", sub.id()).then().statusCode(204);
    }

    static String createStatement(String text) {
        return given().contentType(ContentType.JSON)
                .body(Fixtures.statement(text, "Speaker " + word(), Fixtures.domain()))
                .post("/statements").then().statusCode(201).extract().path("id");
    }

    static JsonNode awaitDelivery(Subscription sub, String status, int attempts) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            JsonNode first = SubscriptionDeliveryTestSupport.json(given().get("/subscriptions/{id}/deliveries", sub.id())
                    .then().statusCode(200).extract().asString()).at("/items/0");
            if (status.equals(first.path("status").asText()) && first.path("attempts").asInt() == attempts) {
                return first;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("delivery never reached " + status + " after " + attempts + ": " + first);
            }
            SubscriptionDeliveryTestSupport.pause(50);
        }
    }

    static void awaitStatus(Subscription sub, String status, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!status.equals(given().get("/subscriptions/{id}", sub.id()).then().statusCode(200)
                .extract().path("status"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("subscription never became " + status);
            }
            SubscriptionDeliveryTestSupport.pause(100);
        }
    }

    /** A made-up word no other test uses, so a full-text filter matches this test's statements only. */
    static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }
}
