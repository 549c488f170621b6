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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facets of a search by words are first counted on the text index's sample, one statement in eight by its id
 * (V34_1); when the sample puts the matches above the words' exact limit they are the sample's counts times eight and
 * say "approximate", else every match is counted (#16). The limit is 0 here, so any sampled match makes an estimate.
 */
@QuarkusTest
@TestProfile(IndexSampleFacetsTest.AnySampledMatch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexSampleFacetsTest {

    private static final String IN_SAMPLE = "get_byte(uuid_send(s.id), 15) < 32";

    public static class AnySampledMatch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a sample of one row: the table is "large" as soon as it holds three statements
            return Map.of("statements.search.facets.words-exact-limit", "0", "statements.search.facets.sample-rows", "1");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private final String common = SearchData.randomWord();
    private final List<String> singles = new ArrayList<>();

    @BeforeEach // not @BeforeAll: the service is up only for the tests themselves
    void createData() throws Exception {
        if (!singles.isEmpty()) {
            return;
        }
        String domain = Fixtures.domain();
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < 240; n++) { // five speakers, 48 statements each, all with the common word
            lines.append(line("Tidal survey %d finds %s near the pier".formatted(n, common), "Pier Speaker " + n % 5
                    + " " + common, n % 3 + "." + domain));
        }
        for (int n = 0; n < 80; n++) { // one statement a word: some in the sample, some not
            String word = SearchData.randomWord();
            singles.add(word);
            lines.append(line("Lock keeper notes %s at dawn".formatted(word), "Lock Keeper " + common, domain));
        }
        String body = given().contentType("application/x-ndjson").accept("application/json")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/statements/bulk")
                .then().statusCode(200).extract().asString();
        assertFalse(body.contains("INVALID") || body.contains("FAILED"), body);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("analyze statement"); // the table sample is sized from the planner's count
        }
    }

    @Test
    void manySampledMatchesGiveTheSamplesCountsTimesEight() throws Exception {
        Response response = given().queryParam("q", common).queryParam("facet", "speaker")
                .get("/statements/facets");
        response.then().statusCode(200).body("approximate", equalTo(true));
        Map<String, Integer> shown = new LinkedHashMap<>();
        List<String> names = response.path("speaker.value");
        List<Integer> counts = response.path("speaker.count");
        for (int i = 0; i < names.size(); i++) {
            shown.put(names.get(i), counts.get(i));
        }
        Map<String, Integer> expected = sampledPerSpeaker();
        assertFalse(expected.isEmpty(), "some of the 240 statements are in the sample");
        assertEquals(expected, shown, "eight times each speaker's sampled statements");
        assertTrue(counts.stream().allMatch(n -> n % 8 == 0), counts.toString());
    }

    @Test
    void aSearchWithoutSampledMatchesIsCountedExactly() throws Exception {
        String outside = null;
        String inside = null;
        for (String word : singles) {
            if (inSample(word)) {
                inside = inside == null ? word : inside;
            } else {
                outside = outside == null ? word : outside;
            }
        }
        assertTrue(outside != null && inside != null, "80 statements: some in the sample of one in eight, some not");
        given().queryParam("q", outside).get("/statements/facets").then().statusCode(200)
                .body("approximate", equalTo(false)).body("speaker.count", equalTo(List.of(1)));
        given().queryParam("q", inside).get("/statements/facets").then().statusCode(200)
                .body("approximate", equalTo(true)).body("speaker.count", equalTo(List.of(8)));
    }

    @Test
    void aSearchWithAnotherFilterIsNotCountedOnTheIndexSample() {
        // a speaker beside the words: the index sample holds words only, so every match is counted as before
        String speakerId = given().queryParam("q", common).queryParam("limit", 1).get("/statements")
                .then().statusCode(200).extract().path("items[0].speaker.id");
        given().queryParam("q", common).queryParam("speaker_id", speakerId).get("/statements/facets")
                .then().statusCode(200).body("approximate", equalTo(false)).body("speaker.count", equalTo(List.of(48)));
    }

    private Map<String, Integer> sampledPerSpeaker() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select sp.name, count(*) * 8 from statement s join speaker sp on sp.id = s.speaker_id"
                        + " where s.text like ? and " + IN_SAMPLE
                        + " group by sp.name order by 2 desc, 1")) {
            st.setString(1, "%" + common + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private boolean inSample(String word) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select " + IN_SAMPLE + " from statement s where s.text like ?")) {
            st.setString(1, "%" + word + "%");
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), word);
                return rs.getBoolean(1);
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
