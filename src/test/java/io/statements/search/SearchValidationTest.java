package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.statements.common.Cursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchValidationTest {

    @ParameterizedTest(name = "{0}={1} on {2}")
    @CsvSource(delimiter = '|', value = {
            "bogus|1|/statements", "stance|ANGRY|/statements", "kind|QUOTE|/statements",
            "channel|FAX|/statements", "reported_after|yesterday|/statements", "reported_before|2024-13-01|/statements",
            "stated_after|2024-01-01T25:00:00Z|/statements", "stated_before|01/02/2024|/statements",
            "limit|0|/statements", "limit|101|/statements", "limit|ten|/statements", "sort|newest|/statements",
            "sort|relevance|/statements", "speaker_id|not-a-uuid|/statements", "outlet_id|123|/statements",
            "cursor|%%%|/statements", "cursor|djEfYQ|/statements", "q|'   '|/statements",
            "q|the|/statements", "q|'\"\" - or'|/statements", "speaker|' , '|/statements",
            "facet|mood|/statements/facets", "limit|500|/stances", "stance|MAYBE|/stances",
            "sort|-reported_at|/statements/facets", "bogus|1|/stances", "q|of the|/statements/facets"})
    void badParameterIsA400NamingIt(String name, String value, String path) {
        given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(name));
    }

    @Test
    void repeatedSingleValuedParameterIsRefused() {
        given().queryParam("limit", 1).queryParam("limit", 2).get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("reported_after", "2024-02-01").queryParam("reported_before", "2024-01-01")
                .get("/statements").then().statusCode(400).body("errors[0].field", equalTo("reported_before"));
    }

    @Test
    void tooLongOrBinaryQueryIsA400() {
        given().queryParam("q", "a".repeat(1001)).get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "nul\u0000byte").get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void forgedCursorWithTheRightFingerprintIsA400() {
        String fingerprint = StatementSearch.fingerprint(StatementSearch.canonical(StatementFilter.parse(new FilterParams())) + "|-reported_at");
        String forged = new Cursor(fingerprint, List.of("not a time", "0192f5c4-8d1e-7c3a-9f00-1a2b3c4d5e6f")).encode();
        given().queryParam("cursor", forged).get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        String outOfRange = new Cursor(fingerprint, List.of("99999-99-99 99:99:99+00",
                "0192f5c4-8d1e-7c3a-9f00-1a2b3c4d5e6f")).encode();
        given().queryParam("cursor", outOfRange).get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    /** Whatever q holds, the answer is a result or a 400, never a server error. */
    @Test
    void anyQueryTextIsHandled() {
        Random random = new Random(7);
        StringBuilder noise = new StringBuilder();
        String alphabet = "ab \"'-|&!():*<>\\%_;.,ěλ中😀";
        while (noise.length() < 990) {
            noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        List<String> queries = List.of("\"unbalanced", "-", "or or or", "- - -\"\"", "'; drop table statement; --",
                "!(a & b) <-> c:*", "😀 emoji", "مرحبا بالعالم", "中文 搜索", "\\\\", "%_%", "a:* & b:A",
                "x".repeat(1000), noise.toString(), "\"\"\"\"", "-\"peace talks\" or", "OR", "Ａｂｃ");
        for (String q : queries) {
            Response response = given().queryParam("q", q).get("/statements");
            assertTrue(List.of(200, 400).contains(response.statusCode()), q + " -> " + response.statusCode());
            Response facets = given().queryParam("q", q).queryParam("facet", "stance").get("/statements/facets");
            assertTrue(List.of(200, 400).contains(facets.statusCode()), q + " facets -> " + facets.statusCode());
        }
    }

    @Test
    void unknownParameterListsTheAllowedOnes() {
        given().queryParam("speakerid", "x").get("/statements").then().statusCode(400)
                .body("errors[0].field", equalTo("speakerid"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("speaker_id")));
    }
}
