package io.statements.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.statements.subscription.SubscriptionDeliveryTest.delete;
import static io.statements.subscription.SubscriptionDeliveryTest.word;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Tell me when a statement is reported by three outlets": utterance.reported through the real service, real
 * linking and real PostgreSQL to a real receiver on loopback.
 */
@QuarkusTest
class UtteranceAlertTest {

    @Test
    void theEventGoesOutOnceWhenTheThirdOutletReportsTheStatement() throws Exception {
        String word = word();
        String speaker = "Minister " + word();
        String text = "We will reopen the " + word + " crossing for aid convoys next week.";
        String[] outlets = {Fixtures.domain(), Fixtures.domain(), Fixtures.domain(), Fixtures.domain()};
        try (Receiver receiver = Receiver.start()) {
            SubscriptionDeliveryTest.Subscription sub = subscribe(receiver, Map.of("q", word), 3);

            String first = report(text, speaker, outlets[0]);
            report(text, speaker, outlets[1]);
            // the same outlet reporting it again (a longer excerpt, so not a duplicate) still counts as one outlet
            String again = report(text.replace(" next week.", " next week, and the border posts with them."),
                    speaker, outlets[1]);
            String utteranceOfFirst = given().get("/statements/{id}", first).then().statusCode(200)
                    .extract().path("utterance.id");
            given().get("/statements/{id}", again).then().statusCode(200).body("utterance.id", equalTo(utteranceOfFirst));
            Thread.sleep(1_500);
            assertEquals(0, receiver.requests().size(), "two outlets are below the threshold: " + receiver.requests());

            String third = report(text, speaker, outlets[2]);
            Receiver.Request request = receiver.await(1, 10_000).get(0);
            assertTrue(request.signedWith(sub.secret()));
            JsonNode body = request.json();
            assertEquals("utterance.reported", body.get("type").asText());
            assertEquals(third, body.at("/data/statement_id").asText(), "the report that crossed the threshold");
            assertEquals(third, body.at("/data/statement/id").asText());
            String utterance = body.at("/data/utterance/id").asText();
            assertEquals(3, body.at("/data/utterance/outlet_count").asInt(), body.toString());
            assertEquals(4, body.at("/data/utterance/report_count").asInt(), body.toString());
            assertEquals(3, body.at("/data/utterance/outlets").size(), body.toString());
            given().get("/statements/{id}", first).then().statusCode(200).body("utterance.id", equalTo(utterance));

            report(text, speaker, outlets[3]); // a fourth outlet: the utterance was announced already
            Thread.sleep(1_500);
            assertEquals(1, receiver.requests().size(), "once per utterance: " + receiver.requests());
            given().get("/subscriptions/{id}/deliveries", sub.id()).then().statusCode(200)
                    .body("items.size()", equalTo(1)).body("items[0].event_type", equalTo("utterance.reported"));
            delete(sub);
        }
    }

    @Test
    void bothEventsOfOneChangeReachASubscriberOfBoth() throws Exception {
        String word = word();
        String speaker = "Spokesperson " + word();
        String text = "The " + word + " talks resume on Thursday in the capital.";
        try (Receiver receiver = Receiver.start()) {
            var response = given().contentType(ContentType.JSON)
                    .body(Map.of("name", "both " + word, "filter", Map.of("q", word),
                            "events", List.of("statement.created", "utterance.reported"), "url", receiver.url()))
                    .post("/subscriptions").then().statusCode(201).body("min_reports", equalTo(2)).extract();
            SubscriptionDeliveryTest.Subscription sub =
                    new SubscriptionDeliveryTest.Subscription(response.path("id"), response.path("secret"));
            report(text, speaker, Fixtures.domain());
            String second = report(text, speaker, Fixtures.domain());
            List<Receiver.Request> requests = receiver.await(3, 10_000);
            assertEquals(List.of("statement.created", "statement.created", "utterance.reported"),
                    requests.stream().map(r -> r.json().get("type").asText()).toList(), "in change-feed order");
            assertEquals(second, requests.get(2).json().at("/data/statement_id").asText());
            assertEquals(requests.get(1).json().at("/data/position").asText(),
                    requests.get(2).json().at("/data/position").asText(), "both come from the same change");
            delete(sub);
        }
    }

    @Test
    void aThresholdNeedsTheEventAndABound() {
        String url = "http://127.0.0.1:9/hook";
        post(Map.of("name", "x", "events", List.of("statement.created"), "url", url, "min_reports", 3))
                .then().statusCode(400).body("errors[0].field", equalTo("min_reports"))
                .body("errors[0].message", containsString("utterance.reported"));
        post(Map.of("name", "x", "events", List.of("utterance.reported"), "url", url, "min_reports", 1))
                .then().statusCode(400).body("errors[0].field", equalTo("min_reports"));
        post(Map.of("name", "x", "events", List.of("utterance.reported"), "url", url, "min_reports", 100_000))
                .then().statusCode(400).body("errors[0].field", equalTo("min_reports"));
        String id = post(Map.of("name", "x", "events", List.of("statement.created"), "url", url))
                .then().statusCode(201).body("min_reports", nullValue()).extract().path("id");
        String etag = given().get("/subscriptions/{id}", id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("events", List.of("utterance.reported"), "min_reports", 5))
                .patch("/subscriptions/{id}", id).then().statusCode(200)
                .body("events", equalTo(List.of("utterance.reported"))).body("min_reports", equalTo(5));
        given().delete("/subscriptions/{id}", id).then().statusCode(204);
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/subscriptions");
    }

    private static SubscriptionDeliveryTest.Subscription subscribe(Receiver receiver, Map<String, Object> filter,
                                                                   int minReports) {
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("name", "spread " + word(), "filter", filter, "events", List.of("utterance.reported"),
                        "url", receiver.url(), "min_reports", minReports))
                .post("/subscriptions").then().statusCode(201).body("min_reports", equalTo(minReports)).extract();
        return new SubscriptionDeliveryTest.Subscription(response.path("id"), response.path("secret"));
    }

    private static String report(String text, String speaker, String domain) {
        return given().contentType(ContentType.JSON).body(Fixtures.statement(text, speaker, domain))
                .post("/statements").then().statusCode(201).extract().path("id");
    }
}
