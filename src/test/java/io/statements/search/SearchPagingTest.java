package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchPagingTest {

    private final SearchData data = new SearchData();

    private String create(String text, String reportedAt) {
        return data.post(data.statement(text, "{\"name\": \"" + data.speakerA + "\"}", data.domain1, "Paging Post",
                null, null, "TWEET", "DIRECT", "[]", reportedAt, null, null, null));
    }

    /** Pages by two while other statements are added before and after the reading position. */
    @Test
    void keysetPagingHasNoDuplicatesOrGapsUnderConcurrentInserts() {
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // two statements share each timestamp so that the id tie-break is exercised
            original.add(create("Ferry timetable update number " + i, "2022-05-0" + (1 + i / 2) + "T10:00:00Z"));
        }
        int extra = 0; // texts of extra statements stay distinct: equal normalised texts would be duplicates
        for (String sort : List.of("-reported_at", "reported_at", "relevance")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int inserted = 0;
            do {
                var request = given().queryParam("q", "ferry " + data.tag).queryParam("limit", 2).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.get("/statements");
                page.then().statusCode(200);
                seen.addAll(page.path("items.id"));
                cursor = page.path("next_cursor");
                // concurrent writers: one far in the past, one far in the future
                create("Ferry extra " + extra++ + " " + inserted++, inserted % 2 == 0 ? "2010-01-01T00:00:00Z"
                        : "2030-01-01T00:00:00Z");
            } while (cursor != null);
            Set<String> distinct = new HashSet<>(seen);
            assertEquals(seen.size(), distinct.size(), "no statement is served twice (" + sort + ")");
            assertTrue(distinct.containsAll(original), "every statement present from the start is served (" + sort + ")");
        }
    }

    @Test
    void pagesFollowTheSortAndEndWithoutCursor() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(0, create("Bridge inspection report " + i, "2021-03-1" + i + "T08:00:00Z"));
        }
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "bridge " + data.tag).queryParam("sort", "-reported_at")
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/statements");
            paged.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertEquals(all, paged);
    }

    @Test
    void cursorIsBoundToFiltersAndSort() {
        for (int i = 0; i < 3; i++) {
            create("Tunnel works " + i, "2020-01-0" + (i + 1) + "T00:00:00Z");
        }
        String cursor = given().queryParam("q", "tunnel " + data.tag).queryParam("limit", 1).get("/statements")
                .then().statusCode(200).extract().path("next_cursor");
        // the same query with another page size is fine
        given().queryParam("q", "tunnel " + data.tag).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/statements").then().statusCode(200);
        given().queryParam("q", "tunnel " + data.tag).queryParam("stance", "OPPOSE").queryParam("cursor", cursor)
                .get("/statements").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("q", "tunnel " + data.tag).queryParam("sort", "-reported_at").queryParam("cursor", cursor)
                .get("/statements").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("q", "tunnel " + Fixtures.unique("x")).queryParam("cursor", cursor)
                .get("/statements").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
