package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import io.statements.statement.Stance;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filters made only of stance, kind, channel and language (V31_3, {@link FilterTokens}) find exactly what the plain
 * conditions find: one value each through the index's tokens, the language by primary subtag ("fr" finds "fr-BE"),
 * a language with a region or several values of an attribute through the plain conditions.
 */
@QuarkusTest
class FilterTokensTest {

    @Test
    void combinationsOfLowCardinalityFiltersFindExactlyTheirStatements() {
        SearchData data = new SearchData();
        // a day of its own, so that the filters below see only these statements in the shared database
        String day = "18%02d-%02d-%02d".formatted(ThreadLocalRandom.current().nextInt(10, 99),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(1, 29));
        String at = day + "T12:00:00Z";
        String a = post(data, "Les quais restent fermés", "UNCLEAR", "PARTIAL", "PHONE_CALL", "fr-BE", at);
        String b = post(data, "Les quais rouvrent demain", "UNCLEAR", "PARTIAL", "TWEET", "fr", at);
        String c = post(data, "Les quais ne rouvriront pas", "OPPOSE", "PARTIAL", "PHONE_CALL", "fr", at);
        String d = post(data, "The docks stay closed", "UNCLEAR", "PARTIAL", "PHONE_CALL", "en", at);
        String after = day + "T00:00:00Z";
        String before = day + "T23:59:59Z";

        ids(List.of(a), after, before, "stance", "UNCLEAR", "kind", "PARTIAL", "channel", "PHONE_CALL", "language", "fr");
        ids(List.of(a), after, before, "kind", "PARTIAL", "channel", "PHONE_CALL", "language", "fr-BE");
        ids(List.of(b), after, before, "stance", "UNCLEAR", "channel", "TWEET");
        ids(List.of(a, c), after, before, "channel", "PHONE_CALL", "language", "fr");
        ids(List.of(a, d), after, before, "stance", "UNCLEAR", "channel", "PHONE_CALL");
        ids(List.of(a, b, c), after, before, "stance", "UNCLEAR", "stance", "OPPOSE", "kind", "PARTIAL", "language", "fr");
        given().queryParam("stance", "UNCLEAR").queryParam("channel", "PHONE_CALL").queryParam("reported_after", after)
                .queryParam("reported_before", before).queryParam("facet", "language").get("/statements/facets")
                .then().statusCode(200).body("language.count.sum()", equalTo(2));
        given().queryParam("stance", "UNCLEAR").queryParam("kind", "PARTIAL").queryParam("reported_after", after)
                .queryParam("reported_before", before).queryParam("interval", "DAY").get("/statements/timeline")
                .then().statusCode(200).body("items.count", equalTo(List.of(3)));
    }

    @Test
    void theTokensStandInForTheConditionsTheyCover() {
        StatementFilter rare = new StatementFilter(null, List.of(), List.of(), List.of(), List.of(),
                List.of(Stance.UNCLEAR), List.of(), List.of(io.statements.statement.StatementKind.PARTIAL), List.of(),
                List.of(), List.of(), List.of("fr"), Instant.parse("2020-01-01T00:00:00Z"), null, null, null,
                List.of(), List.of(), false, List.of());
        String sql = StatementQueries.page(rare, SearchSort.REPORTED_DESC, null, 21).text();
        assertTrue(sql.contains(FilterTokens.EXPRESSION + " @> ?::text[]"), sql);
        assertFalse(sql.contains("s.stance = any"), sql);
        assertFalse(sql.contains("split_part(s.language"), sql);
        StatementFilter withWords = StatementFilter.of("quay", List.of(), List.of(), List.of(Stance.UNCLEAR), null, null);
        assertFalse(StatementQueries.page(withWords, SearchSort.REPORTED_DESC, null, 21).text()
                .contains(FilterTokens.EXPRESSION));
    }

    private static String post(SearchData data, String text, String stance, String kind, String channel,
                               String language, String reportedAt) {
        return data.post("""
                {"text": "%s %s", "kind": "%s", "speaker": {"name": "%s"}, "outlet": {"domain": "%s", "name": "%s"},
                 "channel": "%s", "language": "%s", "stance": "%s", "stance_target": "Port", "reported_at": "%s"}"""
                .formatted(text, data.tag, kind, data.speakerA, data.domain1, data.outlet1Name, channel, language, stance,
                        reportedAt));
    }

    private static void ids(List<String> expected, String after, String before, String... params) {
        var request = given().queryParam("reported_after", after).queryParam("reported_before", before)
                .queryParam("limit", 100);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        List<String> ids = request.get("/statements").then().statusCode(200).extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(ids),
                String.join(" ", params));
    }
}
