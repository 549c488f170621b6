package io.statements.ingest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped sample file loads cleanly, and loading it again changes nothing. */
@QuarkusTest
class SampleDataTest {

    @Test
    void sampleFileLoadsAndReloadsAsDuplicates() throws Exception {
        String sample = Files.readString(Path.of("samples/statements.ndjson"));
        List<Map<String, Object>> first = BulkImportTest.ndjson(sample);
        assertEquals(sample.lines().count(), first.size());
        assertTrue(first.stream().allMatch(r -> "CREATED".equals(r.get("status")) || "DUPLICATE".equals(r.get("status"))),
                () -> "every sample line is valid: " + first);
        List<Map<String, Object>> again = BulkImportTest.ndjson(sample);
        assertTrue(again.stream().allMatch(r -> "DUPLICATE".equals(r.get("status"))));
        assertEquals(first.stream().map(r -> r.get("id")).toList(), again.stream().map(r -> r.get("id")).toList());
        given().get("/statements/" + first.get(0).get("id")).then().statusCode(200)
                .body("outlet.domain", equalTo("northharbour-gazette.example")).body("origin", equalTo("IMPORTED"));
    }
}
