package io.statements.deprecation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** docs/api-policy.md, "How a breaking change is announced": the headers a deprecated operation's answers carry. */
@QuarkusTest
@TestProfile(DeprecationHeadersTest.GetOutletDeprecated.class)
class DeprecationHeadersTest {

    public static class GetOutletDeprecated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("statements.api.deprecations.getOutlet.since", "2026-12-01T00:00:00Z",
                    "statements.api.deprecations.getOutlet.sunset", "2027-06-01T00:00:00Z",
                    "statements.api.deprecations.getOutlet.link", "https://docs.example.org/CHANGELOG.md#get-outlet");
        }
    }

    @Test
    void everyAnswerOfTheDeprecatedOperationAnnouncesItsSunset() {
        String id = given().contentType("application/json")
                .body("{\"name\": \"Tidewater Times\", \"domain\": \"tidewater-%s.example\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/outlets").then().statusCode(201)
                .header("Deprecation", nullValue()).header("Sunset", nullValue())
                .extract().path("id");
        given().get("/outlets/" + id).then().statusCode(200)
                .header("Deprecation", equalTo("@1796083200"))
                .header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"))
                .header("Link", equalTo("<https://docs.example.org/CHANGELOG.md#get-outlet>; rel=\"deprecation\"; "
                        + "type=\"text/html\""));
        // errors of the operation too: a client that only ever gets 404s still learns it must move
        given().get("/outlets/" + UUID.randomUUID()).then().statusCode(404)
                .header("Deprecation", equalTo("@1796083200")).header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"));
        // other operations, including others on the same path, are not deprecated
        given().get("/outlets").then().statusCode(200).header("Deprecation", nullValue()).header("Link", nullValue());
        given().delete("/outlets/" + id).then().statusCode(204).header("Deprecation", nullValue());
    }
}
