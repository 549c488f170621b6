package io.statements.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.auth.Roles;
import io.statements.statement.Stance;
import io.statements.support.Fixtures;
import io.statements.support.TestCredentials;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The stance matrix of speakers and targets, and the timeline of every statement, come from running tallies (V31_1,
 * {@link TallyQueries}) instead of counting every statement: they must follow every write (create, bulk import, edit,
 * speaker merge, delete) at once, before and after the deltas are folded, and equal the counted answers exactly.
 */
@QuarkusTest
class TallyTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TallyCompaction compaction;

    @Test
    void stanceMatrixFollowsEveryWriteBeforeAndAfterFolding() throws Exception {
        SearchData data = new SearchData().create();
        String a = speakerId(data.speakerA);
        // speaker A: OPPOSE "Harbour Board", SUPPORT "union"; B: OPPOSE "union", SUPPORT "harbour board"
        assertEquals(List.of(row(a, "Harbour Board", 0, 1, 0, 0), row(a, "union", 1, 0, 0, 0)), matrix("speaker_id", a));
        assertEquals(sortedBySpeaker(List.of(row(data.speakerBId, null, 1, 0, 0, 0),
                        row(speakerId(data.speakerC), null, 0, 0, 1, 0), row(a, null, 0, 1, 0, 0))),
                sortedBySpeaker(matrix("stance_target", "HARBOUR board!", "speaker", data.speakerA, "speaker",
                        data.speakerB, "speaker", data.speakerC)));

        // the most common spelling is shown; a stance filter counts and spells only its stances
        post(data, data.speakerA, "SUPPORT", "harbour  BOARD", "2024-05-01T10:00:00Z");
        post(data, data.speakerA, "SUPPORT", "harbour  BOARD", "2024-05-02T10:00:00Z");
        assertEquals(List.of(row(a, "harbour  BOARD", 2, 1, 0, 0), row(a, "union", 1, 0, 0, 0)), matrix("speaker_id", a));
        assertEquals(List.of(row(a, "Harbour Board", 0, 1, 0, 0)), matrix("speaker_id", a, "stance", "OPPOSE"));

        for (int round = 0; round < 2; round++) {
            // an edit moves the statement's count; the speaker's other counts stay
            String s1 = data.ids(1).get(0);
            given().contentType("application/merge-patch+json").body("{\"stance\": \"SUPPORT\", \"stance_target\": \"union\"}")
                    .patch("/statements/" + s1).then().statusCode(200);
            assertEquals(List.of(row(a, "harbour  BOARD", 2, 0, 0, 0), row(a, "union", 2, 0, 0, 0)),
                    matrix("speaker_id", a));
            given().contentType("application/merge-patch+json")
                    .body("{\"stance\": \"OPPOSE\", \"stance_target\": \"Harbour Board\"}")
                    .patch("/statements/" + s1).then().statusCode(200);
            assertEquals(List.of(row(a, "harbour  BOARD", 2, 1, 0, 0), row(a, "union", 1, 0, 0, 0)),
                    matrix("speaker_id", a));
            compaction.compactNow(); // the second round reads the folded tallies
        }

        // a deleted statement leaves the matrix; a speaker left without stances leaves it too
        given().delete("/statements/" + data.ids(3).get(0)).then().statusCode(204);
        assertEquals(List.of(row(data.speakerBId, "harbour board", 1, 0, 0, 0)), matrix("speaker_id", data.speakerBId));
        given().delete("/statements/" + data.ids(4).get(0)).then().statusCode(204);
        assertEquals(List.of(), matrix("speaker_id", data.speakerBId));
        compaction.compactNow();
        assertEquals(List.of(), matrix("speaker_id", data.speakerBId));
    }

    @Test
    void bulkImportsAndSpeakerMergesCount() throws Exception {
        String tag = SearchData.randomWord();
        String keep = "Ilse Brandvold " + tag;
        String dup = "Jorun Tessaly " + tag;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append(line("Quay fees must fall " + i + " " + tag, i < 3 ? keep : dup, i % 2 == 0 ? "OPPOSE" : "NEUTRAL"));
        }
        TestCredentials.bearer(TestCredentials.keyFor(Roles.INGESTER)).contentType("application/x-ndjson")
                .accept("application/json").body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/statements/bulk").then().statusCode(200);
        String keepId = speakerId(keep);
        String dupId = speakerId(dup);
        assertEquals(List.of(row(keepId, "Port Authority", 0, 2, 1, 0)), matrix("speaker_id", keepId));
        assertEquals(List.of(row(dupId, "Port Authority", 0, 1, 1, 0)), matrix("speaker_id", dupId));

        given().contentType(ContentType.JSON).body("{\"from\": \"%s\"}".formatted(dupId))
                .post("/speakers/" + keepId + "/merge").then().statusCode(200);
        assertEquals(List.of(row(keepId, "Port Authority", 0, 3, 2, 0)), matrix("speaker_id", keepId));
        compaction.compactNow();
        assertEquals(List.of(row(keepId, "Port Authority", 0, 3, 2, 0)), matrix("speaker_id", keepId));
        assertEquals(List.of(row(keepId, null, 0, 3, 0, 0)),
                matrix("speaker_id", keepId, "stance_target", "port authority", "stance", "OPPOSE"));
    }

    @Test
    void timelineOfEveryStatementFollowsWrites() throws Exception {
        // a day of its own, far before any other test's statements
        String day = "19%02d-%02d-%02d".formatted(ThreadLocalRandom.current().nextInt(10, 99),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(1, 29));
        SearchData data = new SearchData().create();
        String id = data.post(data.statement("The lighthouse keeps its old lamp", "{\"name\": \"" + data.speakerA + "\"}",
                data.domain1, data.outlet1Name, null, null, "SPEECH", "DIRECT", "[]", day + "T23:30:00-02:00", null,
                null, null));
        String utcDay = java.time.OffsetDateTime.parse(day + "T23:30:00-02:00").toInstant().toString().substring(0, 10);
        assertEquals(1L, dayCount(utcDay));
        data.post(data.statement("The lighthouse needs a new lamp", "{\"name\": \"" + data.speakerA + "\"}",
                data.domain1, data.outlet1Name, null, null, "SPEECH", "DIRECT", "[]", utcDay + "T03:00:00Z", null,
                null, null));
        assertEquals(2L, dayCount(utcDay));
        compaction.compactNow();
        assertEquals(2L, dayCount(utcDay));
        given().contentType("application/merge-patch+json").body("{\"reported_at\": \"1908-01-01T12:00:00Z\"}")
                .patch("/statements/" + id).then().statusCode(200);
        assertEquals(1L, dayCount(utcDay));
        given().delete("/statements/" + id).then().statusCode(204);
        assertEquals(1L, dayCount(utcDay));
    }

    /** Tallies and counting agree on the whole shared table, in one snapshot, before and after folding. */
    @Test
    void talliesEqualTheCountedAnswers() throws Exception {
        SearchData data = new SearchData().create();
        for (int round = 0; round < 2; round++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                assertEquals(rows(c, AggregateQueries.days(all())), rows(c, TallyQueries.days()));
                UUID b = UUID.fromString(data.speakerBId);
                for (StatementFilter f : List.of(all(), stances(all(), Stance.OPPOSE),
                        targets(all(), "HARBOUR board"), speakers(all(), b),
                        stances(targets(speakers(all(), b), "union", "Harbour Board"), Stance.OPPOSE, Stance.SUPPORT))) {
                    boolean perTarget = f.stanceTargets().isEmpty();
                    for (int limit : new int[] {1, 20, 100}) {
                        List<List<Object>> counted = rows(c, AggregateQueries.stances(f, perTarget, limit));
                        assertEquals(counted, rows(c, TallyQueries.stances(f, perTarget, limit)), f + " limit " + limit);
                        assertFalse(counted.isEmpty(), "no rows for " + f);
                    }
                }
                c.rollback();
            }
            compaction.compactNow();
        }
    }

    /** Racing writers and folds end in tallies equal to the counts: no delta is lost or folded twice. */
    @Test
    void racingWritersAndFoldsLoseNothing() throws Exception {
        SearchData data = new SearchData().create();
        String tag = SearchData.randomWord();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    String id = data.post(data.statement("Ferry fares rise by " + writer + "." + i + " " + tag,
                            "{\"name\": \"" + (i % 2 == 0 ? data.speakerA : data.speakerC) + "\"}", data.domain1,
                            data.outlet1Name, i % 3 == 0 ? "SUPPORT" : "OPPOSE", i % 4 == 0 ? "Ferry Board" : "ferry board",
                            "TWEET", "DIRECT", "[]", "2024-06-%02dT10:00:00Z".formatted(1 + i), null, null, null));
                    if (i % 3 == 1) {
                        given().contentType("application/merge-patch+json").body("{\"stance\": \"NEUTRAL\"}")
                                .patch("/statements/" + id).then().statusCode(200);
                    } else if (i % 5 == 4) {
                        given().delete("/statements/" + id).then().statusCode(204);
                    }
                }
                return null;
            }));
        }
        work.add(pool.submit(() -> {
            while (writing.get()) {
                compaction.compactNow();
            }
            return null;
        }));
        for (int w = 0; w < 3; w++) {
            work.get(w).get();
        }
        writing.set(false);
        work.get(3).get();
        pool.shutdown();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            StatementFilter ferry = targets(speakers(all(), UUID.fromString(speakerId(data.speakerA)),
                    UUID.fromString(speakerId(data.speakerC))), "ferry board");
            assertEquals(rows(c, AggregateQueries.stances(ferry, false, 100)), rows(c, TallyQueries.stances(ferry, false, 100)));
            assertEquals(rows(c, AggregateQueries.stances(all(), true, 100)), rows(c, TallyQueries.stances(all(), true, 100)));
            assertEquals(rows(c, AggregateQueries.days(all())), rows(c, TallyQueries.days()));
            c.rollback();
        }
    }

    private static StatementFilter all() {
        return StatementFilter.of(null, List.of(), List.of(), List.of(), null, null);
    }

    private static StatementFilter stances(StatementFilter f, Stance... stances) {
        return new StatementFilter(null, f.speakerIds(), List.of(), List.of(), List.of(), List.of(stances),
                f.stanceTargets(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                List.of(), List.of(), false, List.of());
    }

    private static StatementFilter targets(StatementFilter f, String... targets) {
        return f.withStanceTargets(List.of(targets));
    }

    private static StatementFilter speakers(StatementFilter f, UUID... ids) {
        return new StatementFilter(null, List.of(ids), List.of(), List.of(), List.of(), f.stances(), f.stanceTargets(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(),
                false, List.of());
    }

    private static List<List<Object>> rows(Connection c, Sql sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i) == null ? null : rs.getObject(i).toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String line(String text, String speaker, String stance) {
        return Fixtures.statement(text, speaker, Fixtures.domain()).replace("\n", " ")
                .replaceFirst("\\}\\s*$", ", \"stance\": \"" + stance + "\", \"stance_target\": \"Port Authority\"}") + "\n";
    }

    private static String speakerId(String name) {
        return given().queryParam("name", name).get("/speakers").then().statusCode(200).extract().path("items[0].id");
    }

    private static long dayCount(String day) {
        Response response = given().queryParam("interval", "DAY").get("/statements/timeline");
        response.then().statusCode(200);
        List<Map<String, Object>> items = response.path("items");
        return items.stream().filter(i -> day.equals(i.get("start"))).mapToLong(i -> ((Number) i.get("count")).longValue())
                .sum();
    }

    private static String post(SearchData data, String speaker, String stance, String target, String reportedAt) {
        return data.post(data.statement("The pier needs repair by " + reportedAt.substring(0, 10), "{\"name\": \"" + speaker + "\"}", data.domain1,
                data.outlet1Name, stance, target, "TWEET", "DIRECT", "[]", reportedAt, null, null, null));
    }

    private static List<Object> row(String speakerId, String target, int support, int oppose, int neutral, int unclear) {
        return List.of(speakerId, target == null ? "-" : target, support, oppose, neutral, unclear,
                support + oppose + neutral + unclear);
    }

    private static List<List<Object>> matrix(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        Response response = request.get("/stances");
        response.then().statusCode(200);
        List<Map<String, Object>> items = response.path("items");
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<?, ?> counts = (Map<?, ?>) item.get("counts");
            Object target = item.get("target");
            rows.add(List.of(((Map<?, ?>) item.get("speaker")).get("id"), target == null ? "-" : target,
                    counts.get("SUPPORT"), counts.get("OPPOSE"), counts.get("NEUTRAL"), counts.get("UNCLEAR"),
                    item.get("total")));
        }
        return rows;
    }

    private static List<List<Object>> sortedBySpeaker(List<List<Object>> rows) {
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(r -> (String) r.get(0)));
        return sorted;
    }
}
