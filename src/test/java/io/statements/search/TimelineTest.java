package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** GET /statements/timeline: statements per period over the same filters as the search (the web page's chart). */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineTest {

    private SearchData data;

    @BeforeEach
    void createData() {
        if (data == null) {
            data = new SearchData().create();
        }
    }

    @Test
    void chosenIntervalFitsTheSpanAndUndatedStatementsAreLeftOut() {
        // 2023-12-01 .. 2024-04-10 is 132 days: too many days, so weeks (starting Monday); s5 has no reported_at.
        given().queryParam("q", data.tag).get("/statements/timeline").then().statusCode(200)
                .body("interval", equalTo("WEEK"))
                .body("items.start", equalTo(List.of("2023-11-27", "2024-01-08", "2024-02-05", "2024-03-04", "2024-04-08")))
                .body("items.count", equalTo(List.of(1, 1, 1, 1, 1)));
    }

    @Test
    void requestedIntervalAndFiltersApply() {
        given().queryParam("q", data.tag).queryParam("interval", "month").queryParam("stance", "SUPPORT", "OPPOSE")
                .get("/statements/timeline").then().statusCode(200)
                .body("interval", equalTo("MONTH"))
                .body("items.start", equalTo(List.of("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01")));
        given().queryParam("q", data.tag).queryParam("interval", "DAY").queryParam("reported_after", "2024-02-01")
                .queryParam("reported_before", "2024-03-11").get("/statements/timeline").then().statusCode(200)
                .body("items.start", equalTo(List.of("2024-02-10", "2024-03-10")))
                .body("items.count", equalTo(List.of(1, 1)));
        given().queryParam("q", data.tag).queryParam("speaker", data.aliasB).queryParam("interval", "MONTH")
                .get("/statements/timeline").then().statusCode(200)
                .body("items.count", equalTo(List.of(1, 1)));
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        given().queryParam("interval", "hour").get("/statements/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("interval"));
        given().queryParam("sort", "relevance").get("/statements/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("q", "the").get("/statements/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void languageIsAFacet() {
        given().queryParam("q", data.tag).queryParam("facet", "language").get("/statements/facets").then()
                .statusCode(200).body("language.value", equalTo(List.of("en"))).body("language.count", equalTo(List.of(6)));
    }
}
