package io.statements.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Clients choose paths; metric series must not follow them (one series per invented path would grow without end). */
@QuarkusTest
class MetricSeriesTest {

    @Test
    void unknownPathsDoNotCreateMetricSeries() {
        String token = "probe" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        given().get("/" + token).then().statusCode(404);
        given().get("/statements/" + UUID.randomUUID() + "/" + token).then().statusCode(404);
        given().delete("/" + token + "/x").then().statusCode(404);
        given().post("/q/" + token).then().statusCode(404);
        given().header("Content-Type", "text/plain").body("x").post("/" + token).then().statusCode(404);
        String known = UUID.randomUUID().toString();
        given().get("/statements/" + known).then().statusCode(404); // a route template: counted under it

        given().get("/q/metrics").then().statusCode(200)
                .body(not(containsString(token)))
                .body(not(containsString(known)))
                .body(containsString("uri=\"NOT_FOUND\""))
                .body(containsString("uri=\"/statements/{id}\""));
    }

    /**
     * Refused requests are counted under their route template too, not under their raw path (which would make one
     * series per id).
     */
    @Test
    void refusedRequestsAreCountedUnderTheirRouteTemplate() {
        String id = UUID.randomUUID().toString();
        TestCredentials.bearer("stmt_" + UUID.randomUUID() + UUID.randomUUID()).get("/statements/" + id)
                .then().statusCode(401);
        TestCredentials.anonymous().get("/speakers/" + id).then().statusCode(401);
        TestCredentials.as("reader").delete("/api-keys/" + id).then().statusCode(403);
        TestCredentials.as("reader").get("/statements?limit=1").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(not(containsString(id)))
                .body(containsString("status=\"401\",uri=\"/statements/{id}\""))
                .body(containsString("status=\"401\",uri=\"/speakers/{id}\""))
                .body(containsString("status=\"403\",uri=\"/api-keys/{id}\""))
                .body(containsString("status=\"200\",uri=\"/statements\""));
    }
}
