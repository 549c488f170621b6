package io.statements.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/** Request ids, metrics, health and JSON log lines: what operators rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void echoesAcceptedRequestIdAndGeneratesOtherwise() {
        given().header("X-Request-Id", "trace-42.abc").get("/statements?limit=1")
                .then().statusCode(200).header("X-Request-Id", equalTo("trace-42.abc"));
        String generated = given().get("/statements?limit=1").then().statusCode(200).extract().header("X-Request-Id");
        assertDoesNotThrow(() -> UUID.fromString(generated));
        // an id that could forge log lines is replaced, not echoed
        String replaced = given().header("X-Request-Id", "x".repeat(200)).get("/q/health/live")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertDoesNotThrow(() -> UUID.fromString(replaced));
        // error responses carry it too
        given().header("X-Request-Id", "lost-1").get("/statements/" + UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", equalTo("lost-1"));
    }

    @Test
    void prometheusMetricsCoverRoutesPoolAndJvm() {
        given().contentType(ContentType.JSON).body(Fixtures.statement("Metrics are on.", Fixtures.unique("Ops Speaker"),
                Fixtures.domain())).post("/statements").then().statusCode(201);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/statements\""))
                .body(containsString("status=\"201\""))
                .body(containsString("agroal_active_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthEndpointsTheProbesUse() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }
}
