package io.statements.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service (target/quarkus-app, as the container image runs it) with the image's settings:
 * JSON log lines (quarkus-logging-json) that carry the request id of the request they belong to.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedServiceIT.ImageSettings.class)
class PackagedServiceIT {

    /** What deploy/Dockerfile.jvm and the Kubernetes ConfigMap set. */
    public static class ImageSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true", "quarkus.http.access-log.enabled", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logsJsonLinesWithTheRequestId() throws Exception {
        String id = "it-" + System.nanoTime();
        given().header("X-Request-Id", id).get("/statements?limit=1")
                .then().statusCode(200).header("X-Request-Id", equalTo(id));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        JsonNode line = awaitAccessLogLine(id);
        assertEquals(id, line.path("mdc").path("request_id").asText(), "the request id from the MDC: " + line);
        assertEquals("INFO", line.get("level").asText());
        assertTrue(line.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), "RFC 3339 timestamp: " + line);
    }

    /** The access log is written after the response: give it a few seconds. */
    private static JsonNode awaitAccessLogLine(String id) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Optional<JsonNode> line = accessLogLine(id);
        while (line.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            line = accessLogLine(id);
        }
        return line.orElseThrow(() -> new AssertionError("no JSON access log line with request_id=" + id
                + " in target/quarkus.log"));
    }

    /** The launched application's output goes to target/quarkus.log. */
    private static Optional<JsonNode> accessLogLine(String id) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("target", "quarkus.log"));
        for (String text : lines) {
            if (text.startsWith("{") && text.contains(id)) {
                JsonNode line = JSON.readTree(text);
                if (line.path("message").asText().contains("request_id=" + id)) {
                    return Optional.of(line);
                }
            }
        }
        return Optional.empty();
    }
}
