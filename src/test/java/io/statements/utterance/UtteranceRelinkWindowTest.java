package io.statements.utterance;

import io.quarkus.test.junit.QuarkusTest;
import io.statements.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The re-link command keeps the candidates it has read from batch to batch; what the service changes between two
 * batches of one run must still count, as if every batch read its candidates afresh.
 */
@QuarkusTest
class UtteranceRelinkWindowTest {

    // far later than other tests' reports, so that this speaker's reports come last in the command's order
    private static final String DAY1 = "2031-03-03T08:00:00Z";
    private static final String DAY1_LATER = "2031-03-03T16:00:00Z";
    private static final String WORDS = "The tram depot moves to the old brewery site next summer.";

    @Inject
    DataSource dataSource;

    @Test
    void anEditBetweenBatchesIsSeenByTheNextBatch() throws Exception {
        Pair pair = splitPair("Lotta Virtanen", "2031-03-03");
        CandidateWindow kept = new CandidateWindow(Relink.WINDOW);
        String first = Relink.run(dataSource, kept, upTo(pair.earlier()), true, 1);
        assertTrue(first.contains("kept in the window"), first);
        // the earlier report now says something else: the later one no longer has the same words as anything
        given().contentType("application/merge-patch+json")
                .body("{\"text\": \"The bakery on the square will open on Sundays from April.\"}")
                .patch("/statements/" + pair.earlier()).then().statusCode(200);
        String rest = Relink.run(dataSource, kept, 1_000_000, false, Integer.MAX_VALUE);
        assertTrue(rest.contains("done"), rest);
        assertTrue(rest.matches("(?s).*kept in the window, [1-9][0-9]* read again.*"), rest);
        assertNotEquals(utterance(pair.earlier()), utterance(pair.later()));
    }

    @Test
    void aStatementDeletedBetweenBatchesIsNotLinkedTo() throws Exception {
        Pair pair = splitPair("Mikael Sandvik", "2031-03-04");
        CandidateWindow kept = new CandidateWindow(Relink.WINDOW);
        Relink.run(dataSource, kept, upTo(pair.earlier()), true, 1);
        // its utterance goes with it, leaving no trace for the window to notice: the write fails and is redone
        given().delete("/statements/" + pair.earlier()).then().statusCode(204);
        String rest = Relink.run(dataSource, kept, 1_000_000, false, Integer.MAX_VALUE);
        assertTrue(rest.contains("done"), rest);
        assertTrue(rest.contains("batch read again"), rest);
        given().get("/statements/" + pair.later()).then().statusCode(200);
        given().get("/statements/" + pair.earlier()).then().statusCode(404);
    }

    @Test
    void keptAndFreshWindowsDecideAlike() throws Exception {
        Pair pair = splitPair("Ronja Lindqvist", "2031-03-05");
        Relink.run(dataSource, new CandidateWindow(Relink.WINDOW), upTo(pair.earlier()) - 1, true, 1);
        // then batches of one statement: the later report's candidate comes from the window
        String run = Relink.run(dataSource, new CandidateWindow(Relink.WINDOW), 1, false, Integer.MAX_VALUE);
        assertTrue(run.contains("done"), run);
        assertEquals(utterance(pair.earlier()), utterance(pair.later()));
    }

    private record Pair(String earlier, String later) {
    }

    /** Two reports with the same words, pulled apart as a rule change or an import with linking off leaves them. */
    private Pair splitPair(String name, String day) throws Exception {
        String who = Reports.speaker(name);
        String a = Reports.create(who, WORDS, Fixtures.domain(), DAY1.replace("2031-03-03", day), null).path("id");
        String b = Reports.create(who, WORDS.replace(".", ""), Fixtures.domain(),
                DAY1_LATER.replace("2031-03-03", day), null).path("id");
        assertEquals(utterance(a), utterance(b));
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
        assertNotEquals(utterance(a), utterance(b));
        return new Pair(a, b);
    }

    /** How many statements come up to and including this one in the command's order: one batch reaches it. */
    private int upTo(String statement) throws Exception {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement st = conn.prepareStatement("select count(*) from statement s where ("
                     + LinkStore.LINK_AT + ", s.id) <= (select " + LinkStore.LINK_AT + ", s.id from statement s"
                     + " where s.id = ?::uuid)")) {
            st.setString(1, statement);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String utterance(String statement) {
        return given().get("/statements/" + statement).path("utterance.id");
    }
}
