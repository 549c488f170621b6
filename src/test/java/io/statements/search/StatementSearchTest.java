package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementSearchTest {

    private SearchData data;

    /** Created on first use: RestAssured knows the test port only once a test runs. */
    @BeforeEach
    void createData() {
        if (data == null) {
            data = new SearchData().create();
        }
    }

    private RequestSpecification tagged() {
        return given().queryParam("q", data.tag).queryParam("sort", "-reported_at");
    }

    private List<String> ids(RequestSpecification request) {
        Response response = request.get("/statements");
        response.then().statusCode(200);
        return response.path("items.id");
    }

    @Test
    void defaultOrderIsNewestReportedFirstWithUndatedLast() {
        assertEquals(data.ids(4, 3, 2, 1, 6, 5), ids(tagged()));
        assertEquals(data.ids(5, 6, 1, 2, 3, 4), ids(given().queryParam("q", data.tag).queryParam("sort", "reported_at")));
        assertEquals(data.ids(3, 1, 6, 5, 4, 2).subList(0, 2),
                ids(given().queryParam("q", data.tag).queryParam("sort", "-stated_at")).subList(0, 2));
    }

    @Test
    void fullTextStemsAndHighlights() {
        Response response = given().queryParam("q", "strike " + data.tag).get("/statements");
        response.then().statusCode(200)
                .body("items.find { it.id == '" + data.ids.get(0) + "' }.highlight",
                        containsString("<mark>striking</mark>"));
        assertEquals(List.of(data.ids(1, 3, 5).stream().sorted().toList()),
                List.of(response.<List<String>>path("items.id").stream().sorted().toList()));
    }

    @Test
    void phraseOrAndExclusion() {
        assertEquals(data.ids(6), ids(given().queryParam("q", "\"peace talks\" " + data.tag)));
        assertEquals(List.of(), ids(given().queryParam("q", "\"talks peace\" " + data.tag)));
        assertEquals(sorted(data.ids(3, 5)), sorted(ids(given().queryParam("q", "strike -harbour " + data.tag))));
        // "or" binds looser than the implicit AND (PostgreSQL web-search syntax), so scope by outlet instead
        assertEquals(sorted(data.ids(1, 3)), sorted(ids(given().queryParam("q", "wages or economy")
                .queryParam("outlet", data.domain1))));
    }

    @Test
    void caseAndAccentInsensitive() {
        assertEquals(data.ids(3), ids(given().queryParam("q", "REGION " + data.tag.toUpperCase())));
        assertEquals(data.ids(3), ids(given().queryParam("q", "région " + data.tag)));
    }

    @Test
    void highlightEscapesHtml() {
        String id = data.post(data.statement("Fish & <b>chips</b> are cheaper", "{\"name\": \"" + data.speakerA + "\"}",
                data.domain2, "Tide Courier", null, null, "TWEET", "DIRECT", "[]", null, null, null, null)
                .replace(data.tag, data.tag + "html"));
        given().queryParam("q", "chips " + data.tag + "html").get("/statements").then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].highlight", containsString("&lt;b&gt;<mark>chips</mark>&lt;/b&gt;"))
                .body("items[0].highlight", containsString("Fish &amp;"));
    }

    @Test
    void markCharactersInTheTextCannotFakeAHighlight() {
        String tag = data.tag + "ctl";
        data.post(data.statement("Alpha \\u0002beta\\u0003 gamma", "{\"name\": \"" + data.speakerA + "\"}",
                data.domain2, "Tide Courier", null, null, "TWEET", "DIRECT", "[]", null, null, null, null)
                .replace(data.tag, tag));
        given().queryParam("q", "gamma " + tag).get("/statements").then().statusCode(200)
                .body("items[0].highlight", equalTo("Alpha beta <mark>gamma</mark> <mark>" + tag + "</mark>"));
    }

    @Test
    void relevanceRanksBetterMatchesFirst() {
        List<String> found = ids(given().queryParam("q", "harbour or board or decisions " + data.tag));
        assertEquals(data.ids(4).get(0), found.get(0));
    }

    @Test
    void speakerFilters() {
        assertEquals(data.ids(4, 3), ids(tagged().queryParam("speaker", data.aliasB)));
        assertEquals(data.ids(4, 3), ids(tagged().queryParam("speaker", data.speakerB.toUpperCase())));
        assertEquals(data.ids(4, 3), ids(tagged().queryParam("speaker_id", data.speakerBId)));
        assertEquals(data.ids(4, 3, 2, 1), ids(tagged().queryParam("speaker", data.aliasB + "," + data.speakerA)));
        assertEquals(data.ids(4, 3, 2, 1), ids(tagged().queryParam("speaker", data.aliasB)
                .queryParam("speaker", data.speakerA)));
        assertEquals(List.of(), ids(tagged().queryParam("speaker", "Nobody " + data.tag)));
        // AND across parameters: the id and the name must both hold
        assertEquals(List.of(), ids(tagged().queryParam("speaker", data.speakerA).queryParam("speaker_id", data.speakerBId)));
    }

    @Test
    void outletAndArticleFilters() {
        assertEquals(data.ids(3, 1, 6, 5), ids(tagged().queryParam("outlet", "WWW." + data.domain1)));
        assertEquals(data.ids(3, 1, 6, 5), ids(tagged().queryParam("outlet", data.outlet1Name.toLowerCase())));
        assertEquals(data.ids(4, 2), ids(tagged().queryParam("outlet_id", data.outlet2Id)));
        assertEquals(data.ids(5), ids(tagged().queryParam("article_url", data.articleUrl)));
    }

    @Test
    void attributeFilters() {
        assertEquals(data.ids(3, 1), ids(tagged().queryParam("stance", "OPPOSE")));
        assertEquals(data.ids(4, 3, 2, 1), ids(tagged().queryParam("stance", "OPPOSE", "SUPPORT")));
        assertEquals(data.ids(4, 1, 5), ids(tagged().queryParam("stance_target", "HARBOUR BOARD")));
        assertEquals(data.ids(3, 1), ids(tagged().queryParam("kind", "PARTIAL").queryParam("kind", "DIRECT")
                .queryParam("stance", "OPPOSE")));
        assertEquals(data.ids(4, 1), ids(tagged().queryParam("channel", "TWEET")));
        assertEquals(data.ids(2), ids(tagged().queryParam("via", "coastal wire")));
        assertEquals(data.ids(2, 1), ids(tagged().queryParam("topic", "LABOUR")));
        assertEquals(data.ids(1), ids(tagged().queryParam("topic", "ports")));
        assertEquals(data.ids(4, 3, 2, 1, 6, 5), ids(tagged().queryParam("language", "EN")));
        assertEquals(List.of(), ids(tagged().queryParam("language", "fr")));
    }

    @Test
    void dateRangesAndCombinations() {
        assertEquals(data.ids(3, 2), ids(tagged().queryParam("reported_after", "2024-02-10T09:00:00Z")
                .queryParam("reported_before", "2024-04-10T09:00:00Z")));
        assertEquals(data.ids(1, 6), ids(tagged().queryParam("reported_before", "2024-02-01")));
        assertEquals(data.ids(3), ids(tagged().queryParam("stated_after", "2024-02-01")));
        assertEquals(data.ids(1), ids(tagged().queryParam("stated_before", "2024-02-01")));
        assertEquals(data.ids(3), ids(tagged().queryParam("outlet", data.domain1).queryParam("stance", "OPPOSE")
                .queryParam("reported_after", "2024-02-01").queryParam("channel", "INTERVIEW", "TWEET")));
    }

    @Test
    void responseCarriesTheStatementRepresentation() {
        tagged().queryParam("speaker_id", data.speakerBId).queryParam("limit", 1).get("/statements")
                .then().statusCode(200)
                .body("items[0].speaker.name", equalTo(data.speakerB))
                .body("items[0].outlet.domain", equalTo(data.domain2))
                .body("items[0].stance_target", equalTo("harbour board"))
                .body("items[0].reported_at", equalTo("2024-04-10T09:00:00Z"))
                .body("items[0]", not(hasKey("article")))
                .body("next_cursor", org.hamcrest.Matchers.notNullValue());
        given().queryParam("article_url", data.articleUrl).get("/statements").then().statusCode(200)
                .body("items[0].article.url", equalTo(data.articleUrl))
                .body("items[0]", not(hasKey("highlight")))
                .body("$", not(hasKey("next_cursor")));
    }

    @Test
    void everyHitIsTheStatementAsReadByIdPlusItsHighlight() {
        Response page = given().queryParam("q", data.tag).queryParam("limit", 100).get("/statements");
        page.then().statusCode(200).header("Content-Length", org.hamcrest.Matchers.notNullValue());
        List<Map<String, Object>> hits = page.path("items");
        assertEquals(sorted(data.ids), sorted(hits.stream().map(hit -> (String) hit.get("id")).toList()));
        for (Map<String, Object> hit : hits) {
            Map<String, Object> statement = given().get("/statements/" + hit.get("id"))
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            Map<String, Object> withoutHighlight = new java.util.LinkedHashMap<>(hit);
            assertEquals(String.valueOf(withoutHighlight.remove("highlight")).replaceAll("</?mark>", ""),
                    statement.get("text"));
            // the audit trail (created_by, updated_by) is on the statement itself, not on search hits (auth, #11)
            statement.remove("created_by");
            statement.remove("updated_by");
            assertEquals(statement, withoutHighlight);
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
