package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search ranks the matches of the newest periods that hold enough of them, through those periods' own text
 * indexes (#16, {@link SearchPeriods}: the newest two quarters by month, older ones by quarter); when they hold fewer
 * than the candidates, every match is ranked. The candidate set is 4 statements here, the window 4 quarters; the data
 * lies after every other test's statements (the newest quarter is the newest statement's), 600 statements in its
 * November, a word declared in 2 % of all statements: 12 expected there, at least twice the candidates, and ranking
 * them is cheaper than walking.
 */
@QuarkusTest
@TestProfile(SearchPeriodsTest.SmallWindow.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPeriodsTest {

    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no scheduled refresh: the test builds the periods when its data is in place
            return Map.of("statements.search.relevance.candidates", "4", "statements.search.relevance.periods", "4",
                    "statements.search.relevance.refresh-every", "24h",
                    "statements.search.relevance.periods-first-after", "24h");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchPeriods periods;

    private final String word = SearchData.randomWord();
    private final String scarce = SearchData.randomWord();
    private final String gradual = SearchData.randomWord();
    private String gradualBeforeTheWindow;
    private final String domain = Fixtures.domain();
    private int year;
    private final List<String> newestMatches = new ArrayList<>();
    private String oldButMostRelevant;
    private String scarceOld;

    /** Once for the class, before the first test (RestAssured knows the test port only from then on). */
    @BeforeEach
    void storeAfterEveryOtherStatement() throws Exception {
        if (year != 0) {
            return;
        }
        year = Math.max(2090, newestYear() + 1);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            String text = i % 100 == 7 ? "The ferry %s timetable changes on day %d".formatted(word, i)
                    : i % 300 == 11 ? "The canal %s reopens after repairs on day %d".formatted(scarce, i)
                    : i % 200 == 23 ? "The pier %s inspection ends on day %d".formatted(gradual, i)
                    : "The harbour crane number %d was repainted on day %d".formatted(i, i);
            lines.append(line(text, "%d-11-%02dT%02d:%02d:00Z".formatted(year, 1 + i % 28, i % 24, i % 60)));
        }
        lines.append(line("The ferry %s timetable %s changes %s again".formatted(word, word, word), year + "-05-02T09:00:00Z"));
        lines.append(line("The canal %s closes, %s again, %s".formatted(scarce, scarce, scarce), year + "-05-03T09:00:00Z"));
        lines.append(line("The pier %s inspection starts".formatted(gradual), year + "-02-10T09:00:00Z"));
        lines.append(line("The pier %s inspection is planned".formatted(gradual), year + "-02-11T09:00:00Z"));
        lines.append(line("The pier %s inspection was promised last year".formatted(gradual), (year - 1) + "-12-15T09:00:00Z"));
        String body = given().contentType("application/x-ndjson").accept("application/json")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/statements/bulk")
                .then().statusCode(200).extract().asString();
        assertFalse(body.contains("INVALID") || body.contains("FAILED"), body);
        for (Map<String, Object> hit : allPagesOf(word, 10)) {
            if (hit.get("text").toString().contains(word + " timetable " + word)) {
                oldButMostRelevant = hit.get("id").toString();
            } else {
                newestMatches.add(hit.get("id").toString());
            }
        }
        scarceOld = allPagesOf(scarce, 10).get(0).get("id").toString(); // ranked in full so far: the repeated word first
        gradualBeforeTheWindow = allPagesOf(gradual, 10).stream().filter(hit -> hit.get("text").toString()
                .contains("last year")).findFirst().orElseThrow().get("id").toString();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("analyze statement");
        }
        WordShares.declare(dataSource, word, 0.02f);
        WordShares.declare(dataSource, scarce, 0.02f);
        WordShares.declare(dataSource, gradual, 0.02f);
        periods.maintain();
    }

    @Test
    void theNewestQuartersHaveTheirOwnIndexesTheNewestTwoByMonth() throws Exception {
        List<SearchPeriod> usable = periods.usable();
        assertEquals(8, usable.size(), "the window, its two newest quarters by month: " + usable);
        assertEquals(Instant.parse(year + "-12-01T00:00:00Z"), usable.get(0).start(), "newest first: " + usable);
        assertEquals(Instant.parse((year + 1) + "-01-01T00:00:00Z"), usable.get(0).end());
        assertEquals(Instant.parse(year + "-11-01T00:00:00Z"), usable.get(1).start());
        assertEquals(Instant.parse(year + "-07-01T00:00:00Z"), usable.get(5).start());
        assertEquals(Instant.parse(year + "-04-01T00:00:00Z"), usable.get(6).start(), "then quarters");
        assertEquals(Instant.parse(year + "-07-01T00:00:00Z"), usable.get(6).end());
        assertTrue(usable.get(1).statements() > 100, "estimated from the statistics: " + usable.get(1));
        assertEquals(6, indexes("m" + year), "one index a month of the two newest quarters");
        assertEquals(2, indexes("q" + year), "one index a quarter of the older ones");
        periods.maintain(); // idempotent: nothing to build
        assertEquals(usable, periods.usable());
    }

    /**
     * Moving between quarters and months leaves no gap: a quarter whose month indexes are not all there yet is served
     * by its quarter index (as an installation that had quarters only, or a failed build, leaves it), and once the
     * months are built the quarter index goes.
     */
    @Test
    void aQuarterIndexServesUntilItsMonthsAreBuilt() throws Exception {
        PeriodIndex newestQuarter = PeriodIndex.quarterOf(java.time.LocalDate.of(year, 10, 1));
        PeriodIndex currentQuarter = PeriodIndex.quarterOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create index " + newestQuarter.name() + " on statement using gin "
                    + PeriodIndex.COLUMNS + " where " + newestQuarter.range());
            c.createStatement().execute("drop index " + PeriodIndex.PREFIX + "m" + year + "_10");
            // as the service built them before months: the current quarter's index (now its current month's)
            c.createStatement().execute("create index if not exists " + currentQuarter.name() + " on statement using gin "
                    + PeriodIndex.COLUMNS + " where " + currentQuarter.range());
            List<SearchPeriod> read = SearchPeriods.read(c, 4);
            assertEquals(6, read.size(), "the newest quarter whole, the next by month, two quarters: " + read);
            assertEquals(Instant.parse(year + "-10-01T00:00:00Z"), read.get(0).start());
            assertEquals(Instant.parse((year + 1) + "-01-01T00:00:00Z"), read.get(0).end());
            assertEquals(Instant.parse(year + "-09-01T00:00:00Z"), read.get(1).start());
        }
        periods.maintain();
        assertEquals(8, periods.usable().size(), "months again: " + periods.usable());
        assertEquals(0, indexes("q" + year + "_4"), "the quarter index is gone once its months are ready");
        assertEquals(0, indexes(currentQuarter.name().substring(PeriodIndex.PREFIX.length())),
                "the current quarter's index is gone: the current and the next month have theirs");
        assertEquals(6, indexes("m" + year));
    }

    private int indexes(String namePart) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from pg_indexes where indexname like '" + (PeriodIndex.PREFIX + namePart).replace("_", "\\_")
                        + "%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aSearchRanksTheMatchesOfTheNewestQuartersAndPagesThroughExactlyThose() {
        assertEquals(6, newestMatches.size());
        List<String> served = allPagesOf(word, 2).stream().map(hit -> hit.get("id").toString()).toList();
        assertEquals(Set.copyOf(newestMatches), Set.copyOf(served), "the newest month's six matches, and no more");
        assertFalse(served.contains(oldButMostRelevant), "an older period's match is outside the candidates");
    }

    /**
     * Within an outlet (or a speaker) too: the period indexes hold both as keys beside the words (V33_1), and the
     * plan counts the outlet's statements by its share of all statements, declared here as if it reported nearly
     * everything (a single-outlet installation).
     */
    @Test
    void aSearchWithinAnOutletRanksTheMatchesOfTheNewestQuartersToo() throws Exception {
        String outlet = given().queryParam("q", word).get("/statements").then().statusCode(200)
                .extract().path("items[0].outlet.id");
        WordShares.declareColumn(dataSource, "outlet_id", outlet, 1f);
        List<String> served = allPagesOf(word, 2, Map.of("outlet_id", outlet)).stream()
                .map(hit -> hit.get("id").toString()).toList();
        assertEquals(Set.copyOf(newestMatches), Set.copyOf(served), "the newest month's six matches, and no more");
        assertFalse(served.contains(oldButMostRelevant), "an older period's match is outside the candidates");
    }

    /** The words-only period indexes of versions before V33_1 go once the keyed ones are built. */
    @Test
    void aWordsOnlyPeriodIndexOfAnEarlierVersionIsReplaced() throws Exception {
        PeriodIndex quarter = PeriodIndex.quarterOf(java.time.LocalDate.of(year, 4, 1));
        String legacy = PeriodIndex.LEGACY_PREFIX + quarter.name().substring(PeriodIndex.PREFIX.length());
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create index " + legacy + " on statement using gin (search_vector) where "
                    + quarter.range());
        }
        periods.maintain();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from pg_indexes where indexname = '" + legacy + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), legacy + " dropped");
        }
        assertEquals(8, periods.usable().size(), "the keyed indexes serve: " + periods.usable());
    }

    /**
     * The estimate picks the plan (here: the newest month alone should hold enough), the matches found decide where
     * it stops: periods are read newest first until they hold the candidates, before the window's end.
     */
    @Test
    void thePeriodsAreReadUntilTheyHoldTheCandidates() {
        List<String> served = allPagesOf(gradual, 2).stream().map(hit -> hit.get("id").toString()).toList();
        assertEquals(5, served.size(), "three of November, two of February: " + served);
        assertFalse(served.contains(gradualBeforeTheWindow), "the match before the window is outside the candidates");
    }

    @Test
    void fewerMatchesThanCandidatesInThoseQuartersRanksEveryMatch() {
        List<String> served = allPagesOf(scarce, 2).stream().map(hit -> hit.get("id").toString()).toList();
        assertEquals(3, served.size(), "the two of the newest quarter and the older one: " + served);
        assertEquals(scarceOld, served.get(0), "ranked in full, the most relevant first");
    }

    private String line(String text, String reportedAt) {
        return """
                {"text": "%s", "kind": "DIRECT", "speaker": {"name": "Mirela Stovanic", "kind": "PERSON"}, \
                "outlet": {"domain": "%s", "name": "Ferry News"}, "language": "en", "reported_at": "%s"}
                """.formatted(text, domain, reportedAt);
    }

    private int newestYear() throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select coalesce(extract(year from max(reported_at))::int, 0) from statement where reported_at < 'infinity'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Map<String, Object>> allPagesOf(String q, int limit) {
        return allPagesOf(q, limit, Map.of());
    }

    private static List<Map<String, Object>> allPagesOf(String q, int limit, Map<String, String> filters) {
        List<Map<String, Object>> hits = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            var request = given().queryParam("q", q).queryParam("limit", limit).queryParams(filters);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/statements");
            response.then().statusCode(200);
            hits.addAll(response.path("items"));
            cursor = response.path("next_cursor");
            if (cursor == null) {
                break;
            }
        }
        Set<Object> ids = new HashSet<>();
        hits.forEach(hit -> assertTrue(ids.add(hit.get("id")), "no statement twice across pages: " + hits));
        return hits;
    }
}
