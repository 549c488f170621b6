package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregationTest {

    private SearchData data;

    @BeforeEach
    void createData() {
        if (data == null) {
            data = new SearchData().create();
        }
    }

    @Test
    void facetsCountTheMatchingStatements() {
        Response response = given().queryParam("q", data.tag).get("/statements/facets");
        response.then().statusCode(200);
        assertEquals(Map.of(data.speakerA, 2, data.speakerB, 2, data.speakerC, 2), counts(response, "speaker"));
        assertEquals(Map.of(data.domain1, 4, data.domain2, 2), counts(response, "outlet"));
        assertEquals(Map.of("OPPOSE", 2, "SUPPORT", 2, "NEUTRAL", 1), counts(response, "stance"));
        // "Harbour Board" and "harbour board" are one target, shown in its most common spelling
        assertEquals(Map.of("Harbour Board", 3, "union", 2), counts(response, "stance_target"));
        assertEquals(Map.of("TWEET", 2, "PRESS_CONFERENCE", 1, "INTERVIEW", 1, "STATEMENT", 1, "SPEECH", 1),
                counts(response, "channel"));
        assertEquals(2, counts(response, "topic").entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("labour")).findFirst().orElseThrow().getValue());
        response.then().body("speaker[0].count", equalTo(2)).body("speaker[0]", hasKey("id"))
                .body("approximate", equalTo(false));
        // counting utterances: this data's statements are each an utterance of their own, so the same counts
        Response collapsed = given().queryParam("q", data.tag).queryParam("collapse", "utterance")
                .queryParam("facet", "stance_target", "topic", "language").get("/statements/facets");
        collapsed.then().statusCode(200);
        assertEquals(counts(response, "stance_target"), counts(collapsed, "stance_target"));
        assertEquals(counts(response, "topic"), counts(collapsed, "topic"));
        assertEquals(counts(response, "language"), counts(collapsed, "language"));
    }

    @Test
    void facetsHonourFiltersAndSelection() {
        Response response = given().queryParam("q", data.tag).queryParam("outlet", data.domain1)
                .queryParam("facet", "stance", "speaker").get("/statements/facets");
        response.then().statusCode(200).body("$", not(hasKey("outlet"))).body("$", not(hasKey("topic")));
        assertEquals(Map.of("OPPOSE", 2, "NEUTRAL", 1), counts(response, "stance"));
        assertEquals(Map.of(data.speakerA, 1, data.speakerB, 1, data.speakerC, 2), counts(response, "speaker"));
    }

    @Test
    void stancesPerSpeakerTowardTarget() {
        Response response = given().queryParam("q", data.tag).queryParam("stance_target", "harbour BOARD").get("/stances");
        response.then().statusCode(200).body("items[0]", not(hasKey("target")));
        List<Map<String, Object>> rows = response.path("items");
        assertEquals(3, rows.size());
        Map<String, List<Integer>> tally = rows.stream().collect(java.util.stream.Collectors.toMap(
                r -> (String) ((Map<?, ?>) r.get("speaker")).get("name"),
                r -> {
                    Map<?, ?> counts = (Map<?, ?>) r.get("counts");
                    return List.of((Integer) counts.get("SUPPORT"), (Integer) counts.get("OPPOSE"),
                            (Integer) counts.get("NEUTRAL"), (Integer) counts.get("UNCLEAR"), (Integer) r.get("total"));
                }));
        assertEquals(Map.of(data.speakerA, List.of(0, 1, 0, 0, 1), data.speakerB, List.of(1, 0, 0, 0, 1),
                data.speakerC, List.of(0, 0, 1, 0, 1)), tally);
    }

    @Test
    void stancesWithoutTargetArePerSpeakerAndTarget() {
        Response response = given().queryParam("q", data.tag).queryParam("speaker", data.speakerA).get("/stances");
        response.then().statusCode(200);
        List<Map<String, Object>> rows = response.path("items");
        assertEquals(Map.of("Harbour Board", 1, "union", 1), rows.stream().collect(java.util.stream.Collectors.toMap(
                r -> (String) r.get("target"), r -> (Integer) r.get("total"))));
        given().queryParam("q", data.tag).queryParam("stance", "SUPPORT").queryParam("limit", 1).get("/stances")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].counts.OPPOSE", equalTo(0));
        given().queryParam("target", "union").get("/stances").then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
    }

    private static Map<String, Integer> counts(Response response, String facet) {
        List<Map<String, Object>> values = response.path(facet);
        return values.stream().collect(java.util.stream.Collectors.toMap(v -> (String) v.get("value"),
                v -> (Integer) v.get("count")));
    }
}
