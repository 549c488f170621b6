package io.statements.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With the production setting (no private networks), URLs reaching the service's own network are refused. */
@QuarkusTest
@TestProfile(SubscriptionSsrfTest.PublicOnly.class)
class SubscriptionSsrfTest {

    public static class PublicOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("statements.webhooks.allow-private-networks", "false");
        }
    }

    @Test
    void urlsResolvingToInternalAddressesAreRefusedWith400() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/",
                "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://192.168.0.10:9000/x",
                "http://[::ffff:127.0.0.1]/", "http://[fd00:ec2::254]/", "http://0.0.0.0/", "http://2130706433/",
                "http://0x7f000001/", "http://100.100.100.200/")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", "probe", "events", List.of("statement.created"), "url", url))
                    .post("/subscriptions").then().statusCode(400)
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void aUrlCannotBeChangedToAnInternalAddressEither() {
        // a public address literal: accepted without any DNS lookup and never contacted by this test
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "ok", "events", List.of("statement.created"), "url", "http://192.0.43.10/hook"))
                .post("/subscriptions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("url", "http://169.254.169.254/"))
                .patch("/subscriptions/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("public addresses only"));
        given().delete("/subscriptions/{id}", id).then().statusCode(204);
    }
}
