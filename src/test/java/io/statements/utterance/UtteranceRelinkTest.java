package io.statements.utterance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The re-link command over the service's own database: it links what was stored unlinked (as after migration
 * V7_1 or with linking off), keeps editors' decisions, resumes after an interruption and reports progress.
 */
@QuarkusTest
class UtteranceRelinkTest {

    private static final String DAY1 = "2024-07-01T08:00:00Z";
    private static final String DAY1_LATER = "2024-07-01T16:00:00Z";

    @Inject
    DataSource dataSource;

    @Test
    void relinkingLinksUnlinkedReportsKeepsEditorsDecisionsAndResumes() throws Exception {
        String who = Reports.speaker("Oona Kivela");
        String a = Reports.create(who, "The lake ferry keeps its winter timetable until the ice breaks.",
                Fixtures.domain(), DAY1, null).path("id");
        Response b = Reports.create(who, "The lake ferry keeps its winter timetable until the ice breaks",
                Fixtures.domain(), DAY1_LATER, null);
        String u = b.path("utterance.id");
        // an editor says c, identical words, reports another occasion
        String c = Reports.create(who, "The lake ferry keeps its winter timetable until the ice breaks!",
                Fixtures.domain(), DAY1_LATER, null).path("id");
        String own = given().delete("/utterances/" + u + "/statements/" + c).then().statusCode(200)
                .extract().path("id");
        // a and b are pulled apart as a rule change or an import with linking off would leave them
        try (Connection conn = dataSource.getConnection();
             PreparedStatement split = conn.prepareStatement("""
                     with fresh as (insert into utterance (id, speaker_id, reports, first_reported_at, last_reported_at,
                                        created_at, updated_at)
                                    select gen_random_uuid(), speaker_id, 1, now(), now(), now(), now()
                                    from statement where id = ?::uuid returning id)
                     update statement set utterance_id = (select id from fresh), link_rule = null
                     where id = ?::uuid""")) {
            split.setString(1, a);
            split.setString(2, a);
            assertEquals(1, split.executeUpdate());
        }
        assertNotEquals(given().get("/statements/" + a).path("utterance.id"), u);

        // interrupted after its first batch of one statement, the run resumes where it stopped
        try (Connection conn = dataSource.getConnection();
             PreparedStatement st = conn.prepareStatement("delete from relink_progress")) {
            st.executeUpdate();
        }
        String firstRun = relink(1, 1);
        assertTrue(firstRun.contains("re-linked 1 of"), firstRun);
        String secondRun = relink(1_000_000, Integer.MAX_VALUE);
        assertTrue(secondRun.contains("resuming after 1 statements"), secondRun);
        assertTrue(secondRun.contains("done"), secondRun);

        String linked = given().get("/statements/" + a).path("utterance.id");
        assertEquals(linked, given().get("/statements/" + b.path("id")).path("utterance.id"));
        given().get("/utterances/" + linked).then().statusCode(200).body("report_count", equalTo(2));
        // the editor's decision stands
        given().get("/statements/" + c).then().body("utterance.id", equalTo(own));
        given().get("/utterances/" + own).then().body("closed", equalTo(true)).body("report_count", equalTo(1));

        // a run over linked data writes nothing: only statements that move are written
        String again = relink(1_000_000, Integer.MAX_VALUE);
        assertTrue(again.contains("; 0 moved;"), again);
        assertEquals(linked, given().get("/statements/" + a).path("utterance.id"));
        given().get("/statements/" + c).then().body("utterance.id", equalTo(own));
    }

    @Test
    void paraphraseEmbeddingsAreStoredOnceAndGoWithTheirStatement() throws Exception {
        String who = Reports.speaker("Maren Okafor");
        Response first = Reports.create(who, "The night buses will run every fifteen minutes from the first of May.",
                Fixtures.domain(), DAY1, null);
        String quote = first.path("id");
        String utterance = first.path("utterance.id");
        Response reported = Reports.create(who, "INDIRECT",
                "the night buses would run every quarter of an hour starting in May", Fixtures.domain(), DAY1_LATER, null);
        String paraphrase = reported.path("id");
        assertEquals(utterance, reported.path("utterance.id"));
        // both texts were embedded by the paraphrase sieve and stored: no later run embeds them again
        assertEquals(2, embeddings(quote, paraphrase));
        String again = relink(1_000_000, Integer.MAX_VALUE);
        assertTrue(again.contains("done"), again);
        assertEquals(utterance, given().get("/statements/" + paraphrase).path("utterance.id"));
        assertEquals(2, embeddings(quote, paraphrase));
        given().delete("/statements/" + paraphrase).then().statusCode(204);
        assertEquals(1, embeddings(quote, paraphrase));
    }

    @Test
    void normalisedWordsAreStoredWithTheirTextsHashAndFollowEdits() throws Exception {
        String who = Reports.speaker("Ilse Brandvold");
        String domain = Fixtures.domain();
        String a = Reports.create(who, "The \u201cferries\u201d are running!", domain, DAY1, null).path("id");
        assertEquals("the ferry are run", words(a, "The \u201cferries\u201d are running!"));
        // a candidate whose words are missing (stored before this table, or COPY-loaded) gets them when it is read
        execute("delete from statement_words where statement_id = ?::uuid", a);
        Reports.create(who, "Harbour dues rise in spring.", domain, DAY1_LATER, null);
        assertEquals("the ferry are run", words(a, "The \u201cferries\u201d are running!"));
        // a new text: its words replace the old ones
        String body = """
                {"text": "We're gonna close the ferry piers.", "kind": "DIRECT", "speaker": {"name": "%s"},
                 "outlet": {"domain": "%s"}, "article": {"url": "https://%s/%s"}}""".formatted(
                who, domain, domain, DAY1.substring(0, 10));
        given().contentType(ContentType.JSON).body(body).put("/statements/" + a).then().statusCode(200);
        assertEquals("we are going to clos the ferry pier", words(a, "We're gonna close the ferry piers."));
    }

    @Test
    void storedWordsAreUsedOnlyForTheTextTheyWereMadeFrom() throws Exception {
        String who = Reports.speaker("Teodor Almqvist");
        String full = "The harbour crane will be repaired before the autumn storms arrive.";
        Response a = Reports.create(who, full, Fixtures.domain(), DAY1, null);
        Response b = Reports.create(who, "PARTIAL", "repaired before the autumn storms", Fixtures.domain(),
                DAY1_LATER, null);
        String together = a.path("utterance.id");
        assertEquals(together, b.path("utterance.id"));
        String partial = b.path("id");
        // pulled apart; a's stored words replaced by other words, stored for a's very text (the hash matches)
        String own = given().delete("/utterances/" + b.path("utterance.id") + "/statements/" + partial)
                .then().statusCode(200).extract().path("id");
        execute("update statement set link_manual = false where id = ?::uuid", partial);
        execute("update utterance set closed = false where id = ?::uuid", own);
        storeWords(a.path("id"), "a bus timetable for the winter", ReportText.hash(full));
        // a fresh re-link (no texts in memory) compares the partial quote with the stored words: apart
        assertTrue(relink(1_000_000, Integer.MAX_VALUE).contains("done"));
        String apart = given().get("/statements/" + partial).path("utterance.id");
        assertEquals(own, apart);
        // the same other words under another text's hash (an edit, older rules): normalised again, and linked
        storeWords(a.path("id"), "a bus timetable for the winter", ReportText.hash(full) + 1);
        assertTrue(relink(1_000_000, Integer.MAX_VALUE).contains("done"));
        String linked = given().get("/statements/" + a.path("id")).path("utterance.id");
        assertEquals(linked, given().get("/statements/" + partial).path("utterance.id"));
        assertEquals(ReportText.of(full).key, words(a.path("id"), full));
    }

    @Test
    void storedWordsStandWhereTheirStatementStandsAndAreStoredAgainWhenItMoves() throws Exception {
        String who = Reports.speaker("Halvard Munthe");
        String domain = Fixtures.domain();
        String text = "The tram depot moves to the old brewery site next summer.";
        String a = Reports.create(who, text, domain, DAY1, null).path("id");
        // candidates' words are read by speaker and time (V27_1): the row says where its statement stands
        assertEquals(1, count("select count(*) from statement_words w join statement s on s.id = w.statement_id"
                + " where w.statement_id = ?::uuid and w.speaker_id = s.speaker_id and w.link_at = '" + DAY1 + "'", a));
        // a row left at another place (its statement moved meanwhile) is not found there: the words are made
        // again from the text, the link is the same, and the row is stored at the statement's place
        execute("update statement_words set link_at = link_at - interval '30 days' where statement_id = ?::uuid", a);
        Response b = Reports.create(who, text, Fixtures.domain(), DAY1_LATER, null);
        assertEquals((String) given().get("/statements/" + a).path("utterance.id"), b.path("utterance.id"));
        assertEquals(1, count("select count(*) from statement_words where statement_id = ?::uuid"
                + " and link_at = '" + DAY1 + "'", a));
        // another speaker: the statement's own words move with it
        String body = """
                {"text": %s, "kind": "DIRECT", "speaker": {"name": "%s"}, "outlet": {"domain": "%s"},
                 "article": {"url": "https://%s/%s"}}""".formatted(Reports.json(text), Reports.speaker("Siri Lunde"),
                domain, domain, DAY1.substring(0, 10));
        given().contentType(ContentType.JSON).body(body).put("/statements/" + a).then().statusCode(200);
        assertEquals(1, count("select count(*) from statement_words w join statement s on s.id = w.statement_id"
                + " where w.statement_id = ?::uuid and w.speaker_id = s.speaker_id", a));
        assertEquals(ReportText.of(text).key, words(a, text));
    }

    @Test
    void wordsStoredForAnEarlierVersionOfAStatementDoNotStandForItsText() throws Exception {
        String who = Reports.speaker("Katla Sveinsdottir");
        String domain = Fixtures.domain();
        String a = Reports.create(who, "Snow clearing on the coast road starts at five every morning.", domain, DAY1,
                null).path("id");
        String stale;
        try (Connection conn = dataSource.getConnection(); PreparedStatement st = conn.prepareStatement(
                "select text_hash || '|' || statement_version || '|' || words from statement_words"
                        + " where statement_id = ?::uuid")) {
            st.setString(1, a);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                stale = rs.getString(1);
            }
        }
        String edited = "The new ferry terminal opens to passengers in the first week of June.";
        String body = """
                {"text": %s, "kind": "DIRECT", "speaker": {"name": "%s"}, "outlet": {"domain": "%s"},
                 "article": {"url": "https://%s/%s"}}""".formatted(Reports.json(edited), who, domain, domain,
                DAY1.substring(0, 10));
        given().contentType(ContentType.JSON).body(body).put("/statements/" + a).then().statusCode(200);
        // a writer that read the statement before the edit stores its words after it (as a racing create may):
        // the old words, with the old text's hash, for the old version
        String[] old = stale.split("\\|", 3);
        try (Connection conn = dataSource.getConnection(); PreparedStatement st = conn.prepareStatement(
                "update statement_words set text_hash = ?, statement_version = ?, words = ? where statement_id = ?::uuid")) {
            st.setLong(1, Long.parseLong(old[0]));
            st.setLong(2, Long.parseLong(old[1]));
            st.setString(3, old[2]);
            st.setString(4, a);
            assertEquals(1, st.executeUpdate());
        }
        // a create that reads a as a candidate without its text does not take those words for the new text
        Response b = Reports.create(who, edited, Fixtures.domain(), DAY1_LATER, null);
        assertEquals((String) given().get("/statements/" + a).path("utterance.id"), b.path("utterance.id"));
        assertEquals(ReportText.of(edited).key, words(a, edited));
    }

    @Test
    void wordsTooLongForTheIndexAreNotStoredAndStillLink() throws Exception {
        String who = Reports.speaker("Runa Eikeland");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 110; i++) { // 110 made-up words of 26 letters: over 2,000 bytes normalised
            text.append(Character.toString('a' + i % 26).repeat(3)).append("qxzvbnmlkjhgfdsapoiuytrew")
                    .append(i / 26).append(' ');
        }
        String long1 = text.toString().trim() + ".";
        assertTrue(ReportText.of(long1).key.length() > LinkStore.MAX_STORED_WORD_BYTES);
        Response a = Reports.create(who, long1, Fixtures.domain(), DAY1, null);
        Response b = Reports.create(who, long1, Fixtures.domain(), DAY1_LATER, null);
        assertEquals((String) a.path("utterance.id"), b.path("utterance.id"));
        assertEquals(0, count("select count(*) from statement_words where statement_id = ?::uuid", a.path("id")));
    }

    private long count(String sql, String id) throws Exception {
        try (Connection conn = dataSource.getConnection(); PreparedStatement st = conn.prepareStatement(sql)) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The statement's stored words, after checking they were stored with its text's hash. */
    private String words(String statement, String text) throws Exception {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement st = conn.prepareStatement(
                     "select text_hash, words from statement_words where statement_id = ?::uuid")) {
            st.setString(1, statement);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next(), "no words stored for " + statement);
                assertEquals(ReportText.hash(text), rs.getLong(1));
                return rs.getString(2);
            }
        }
    }

    private void storeWords(String statement, String words, long hash) throws Exception {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement st = conn.prepareStatement(
                     "update statement_words set words = ?, text_hash = ? where statement_id = ?::uuid")) {
            st.setString(1, words);
            st.setLong(2, hash);
            st.setString(3, statement);
            assertEquals(1, st.executeUpdate());
        }
    }

    private void execute(String sql, String id) throws Exception {
        try (Connection conn = dataSource.getConnection(); PreparedStatement st = conn.prepareStatement(sql)) {
            st.setString(1, id);
            assertEquals(1, st.executeUpdate());
        }
    }

    /** Stored embeddings of these statements. */
    private long embeddings(String... statements) throws Exception {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement st = conn.prepareStatement(
                     "select count(*) from statement_embedding where statement_id = any(?::uuid[])")) {
            st.setArray(1, conn.createArrayOf("uuid", statements));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs the command's loop over the test database, at most {@code batches} batches; returns what it printed. */
    private String relink(int batch, int batches) throws Exception {
        return Relink.run(dataSource, new CandidateWindow(Relink.WINDOW), batch, false, batches);
    }
}
