package io.statements.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;

/** Every class of bad input answers with its 4xx status and an RFC 9457 body, never a 500. */
@QuarkusTest
class ProblemResponsesTest {

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/statements").then()
                .contentType("application/problem+json")
                .body("type", notNullValue()).body("title", notNullValue()).body("detail", notNullValue())
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void malformedJson() {
        post("{\"text\": \"unterminated").statusCode(400).body("status", equalTo(400))
                .body("type", endsWith("/problems/malformed-json")).body("type", startsWith("http"));
        post("[1, 2]").statusCode(400);
        post("").statusCode(400);
    }

    @Test
    void unknownProperty() {
        post(Fixtures.statement("Fine words.", "Kit Harlow", Fixtures.domain()).replaceFirst("\\{", "{\"mood\": \"calm\", "))
                .statusCode(400).body("errors[0].field", equalTo("mood"));
        post("{\"text\": \"x\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"A\", \"age\": 3}, \"outlet\": {\"domain\": \"a.example\"}}")
                .statusCode(400).body("errors[0].field", equalTo("speaker.age"));
    }

    @Test
    void wrongEnumValueNamesTheFieldAndTheAllowedValues() {
        post(Fixtures.statement("Fine words.", "Kit Harlow", Fixtures.domain()).replace("\"DIRECT\"", "\"direct-ish\""))
                .statusCode(400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("INDIRECT"));
        post(Fixtures.statement("Fine words.", "Kit Harlow", Fixtures.domain())
                .replace("\"kind\": \"PERSON\"", "\"kind\": \"ROBOT\"")).statusCode(400)
                .body("errors[0].field", equalTo("speaker.kind"));
    }

    @Test
    void wrongTypeAndBadTimestamp() {
        post("{\"text\": 5, \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"A\"}, \"outlet\": {\"domain\": \"a.example\"}, \"topics\": \"one\"}")
                .statusCode(400);
        post("{\"text\": \"x\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"A\"}, \"outlet\": {\"domain\": \"a.example\"}, \"stated_at\": \"yesterday\"}")
                .statusCode(400).body("errors[0].field", equalTo("stated_at"));
    }

    @Test
    void missingRequiredFields() {
        post("{}").statusCode(400).body("errors.field", hasItem("text")).body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("speaker")).body("errors.field", hasItem("outlet"));
    }

    @Test
    void overLongValues() {
        String longText = "a".repeat(10_001);
        post(Fixtures.statement(longText, "Kit Harlow", Fixtures.domain())).statusCode(400)
                .body("errors[0].field", equalTo("text"));
        String longName = "n".repeat(301);
        post(Fixtures.statement("x", longName, Fixtures.domain())).statusCode(400)
                .body("errors[0].field", equalTo("speaker.name"));
        StringBuilder topics = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            topics.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        post(Fixtures.statement("x", "Kit Harlow", Fixtures.domain()).replaceFirst("\\{", "{\"topics\": " + topics + "], "))
                .statusCode(400).body("errors[0].field", equalTo("topics"));
    }

    @Test
    void unknownIdIs404() {
        given().get("/statements/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/speakers/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/outlets/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/statements/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/no/such/path").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeIs415() {
        given().contentType(ContentType.XML).body("<statement/>").post("/statements").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
        given().contentType(ContentType.JSON).body("{}").patch("/statements/" + UUID.randomUUID()).then()
                .statusCode(415);
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"text\": \"" + "b".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/statements").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void badQueryParameters() {
        given().queryParam("limit", 0).get("/statements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).get("/speakers").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "many").get("/outlets").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("cursor", "%%%").get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        // a cursor from one listing is not accepted by another
        String speakerCursor = given().queryParam("limit", 1).get("/speakers").path("next_cursor");
        if (speakerCursor != null) {
            given().queryParam("cursor", speakerCursor).get("/statements").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }
}
