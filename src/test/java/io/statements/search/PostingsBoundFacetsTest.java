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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search by common words that match few statements is still costly to count exactly: the count reads every posting
 * of its words (#16). Above the words' postings bound its facets come from the text index's sample (one statement in
 * eight, V34_1) and say "approximate", unless the sample holds too few of its matches to estimate from. The match
 * limit is out of reach here and the postings bound is one posting, so only the postings and the sample decide; the
 * words' shares are written as PostgreSQL's statistics would give them for common words.
 */
@QuarkusTest
@TestProfile(PostingsBoundFacetsTest.AnyCommonWord.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostingsBoundFacetsTest {

    private static final String IN_SAMPLE = "get_byte(uuid_send(s.id), 15) < 32";
    private static final int SAMPLE_MIN = 5;

    public static class AnyCommonWord implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("statements.search.facets.words-exact-limit", "1000000",
                    "statements.search.facets.words-exact-postings", "1",
                    "statements.search.facets.words-sample-min", String.valueOf(SAMPLE_MIN),
                    // a sample of one row: the table is "large" as soon as it holds three statements
                    "statements.search.facets.sample-rows", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private final String common = SearchData.randomWord();
    private final String thin = SearchData.randomWord();
    private final String rare = SearchData.randomWord();
    private boolean created;

    @BeforeEach // not @BeforeAll: the service is up only for the tests themselves
    void createData() throws Exception {
        if (created) {
            return;
        }
        String domain = Fixtures.domain();
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < 240; n++) { // 240 statements: about 30 in the sample, never fewer than five in practice
            lines.append(line("Harbour pilots report %s on shift %d".formatted(common, n), "Pilot " + n % 4 + " "
                    + common, domain));
        }
        for (int n = 0; n < 3; n++) { // three statements: at most three in the sample, under its minimum of five
            lines.append(line("Ferry clerk logs %s at berth %d".formatted(thin, n), "Ferry Clerk " + thin, domain));
            lines.append(line("Dock guard sees %s at gate %d".formatted(rare, n), "Dock Guard " + rare, domain));
        }
        String body = given().contentType("application/x-ndjson").accept("application/json")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/statements/bulk")
                .then().statusCode(200).extract().asString();
        assertFalse(body.contains("INVALID") || body.contains("FAILED"), body);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("analyze statement"); // the table's row count times the shares
            for (String word : List.of(common, thin)) { // common as the statistics would say: in half of all statements
                try (PreparedStatement st = c.prepareStatement("insert into search_lexeme_share (lexeme, share)"
                        + " select w, 0.5 from unnest(tsvector_to_array(to_tsvector(('public.' ||"
                        + " statements_text_config('en'))::regconfig, ?))) w on conflict (lexeme) do update set share = 0.5")) {
                    st.setString(1, word);
                    assertEquals(1, st.executeUpdate(), word);
                }
            }
        }
        created = true;
    }

    @Test
    void commonWordsWithEnoughSampledMatchesGiveTheSamplesCountsTimesEight() throws Exception {
        int sampled = sampledMatches(common);
        assertTrue(sampled >= SAMPLE_MIN, "240 statements put about 30 in the sample: " + sampled);
        Response response = given().queryParam("q", common).queryParam("facet", "outlet").get("/statements/facets");
        response.then().statusCode(200).body("approximate", equalTo(true));
        assertEquals(List.of(sampled * 8), response.path("outlet.count"), "one outlet: eight times its sampled matches");
    }

    @Test
    void commonWordsWithTooFewSampledMatchesAreCountedExactly() throws Exception {
        assertTrue(sampledMatches(thin) < SAMPLE_MIN);
        given().queryParam("q", thin).queryParam("facet", "outlet").get("/statements/facets").then().statusCode(200)
                .body("approximate", equalTo(false)).body("outlet.count", equalTo(List.of(3)));
    }

    @Test
    void wordsThatAreNotCommonAreCountedExactly() {
        // not in the statistics' common words: their postings are too few to be worth an estimate
        given().queryParam("q", rare).queryParam("facet", "outlet").get("/statements/facets").then().statusCode(200)
                .body("approximate", equalTo(false)).body("outlet.count", equalTo(List.of(3)));
    }

    private int sampledMatches(String word) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from statement s where s.text like ? and " + IN_SAMPLE)) {
            st.setString(1, "%" + word + "%");
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        }
    }

    private static String line(String text, String speaker, String domain) {
        return """
                {"text": "%s", "kind": "DIRECT", "speaker": {"name": "%s", "kind": "PERSON"}, \
                "outlet": {"domain": "%s"}, "language": "en"}
                """.formatted(text, speaker, domain);
    }
}
