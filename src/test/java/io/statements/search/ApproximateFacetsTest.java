package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facets of a search matching more statements than the exact-count limit are estimated from a sample and say so
 * (#16); at or below the limit they stay exact. The limit is set to 3 here so that a handful of statements cross it.
 */
@QuarkusTest
@TestProfile(ApproximateFacetsTest.SmallLimit.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApproximateFacetsTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("statements.search.facets.exact-limit", "3", "statements.search.facets.sample-rows", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private SearchData data;

    @BeforeEach
    void createData() throws Exception {
        if (data == null) {
            data = new SearchData().create();
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("analyze statement"); // the sample is sized from the planner's row count
            }
        }
    }

    @Test
    void overTheLimitTheCountsAreEstimatesAndSaySo() {
        Response response = given().queryParam("q", data.tag).get("/statements/facets");
        response.then().statusCode(200).body("approximate", equalTo(true));
        for (String facet : List.of("speaker", "outlet", "stance", "stance_target", "channel", "topic", "language")) {
            List<Integer> counts = response.path(facet + ".count");
            assertTrue(counts.stream().allMatch(n -> n > 0), facet + " counts are positive estimates: " + counts);
        }
        given().get("/statements/facets").then().statusCode(200).body("approximate", equalTo(true));
    }

    @Test
    void atOrBelowTheLimitTheyAreExact() {
        Response response = given().queryParam("q", data.tag).queryParam("speaker", data.speakerA)
                .get("/statements/facets");
        response.then().statusCode(200).body("approximate", equalTo(false));
        List<Integer> counts = response.path("speaker.count");
        assertEquals(List.of(2), counts);
    }
}
