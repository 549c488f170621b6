package io.statements.utterance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors' corrections, races, listings with collapse, and bad input on every new endpoint. */
@QuarkusTest
class UtteranceEditingTest {

    private static final String DAY1 = "2024-05-01T08:00:00Z";
    private static final String DAY1_LATER = "2024-05-01T13:00:00Z";

    @Test
    void detachAndAttachSurviveRelinking() {
        String who = Reports.speaker("Greta Holm");
        String domain = Fixtures.domain();
        Response a = Reports.create(who, "The night trains return to the timetable in June.", Fixtures.domain(), DAY1, null);
        Response b = Reports.create(who, "The night trains return to the timetable in June", domain, DAY1_LATER, null);
        String u = a.path("utterance.id");
        assertEquals(u, b.path("utterance.id"));
        String bId = b.path("id");
        long versionBefore = ((Number) b.path("version")).longValue();
        String feed = given().queryParam("after", "latest").get("/changes").path("next_cursor");

        // the editor says b reports something else
        Response detached = given().delete("/utterances/" + u + "/statements/" + bId);
        detached.then().statusCode(200).body("report_count", equalTo(1)).body("closed", equalTo(true))
                .body("reports[0].id", equalTo(bId)).body("reports[0].linked_by", equalTo("EDITOR"));
        String own = detached.path("id");
        assertNotEquals(u, own);
        given().get("/statements/" + bId).then().body("utterance.id", equalTo(own))
                .body("version", equalTo((int) versionBefore + 1));
        given().queryParam("after", feed).queryParam("limit", 100).get("/changes").then().statusCode(200)
                .body("items.findAll { it.type == 'UPDATED' }.statement_id", hasItem(bId));

        // an edit re-links the statement: the editor's decision stands
        given().contentType("application/merge-patch+json").body("{\"stance\": \"SUPPORT\"}")
                .patch("/statements/" + bId).then().statusCode(200).body("utterance.id", equalTo(own));
        // a new identical report does not join the closed utterance either
        String c = Reports.utterance(who, "The night trains return to the timetable in June.", DAY1_LATER);
        assertEquals(u, c);

        // attach an unrelated statement of the speaker; re-linking keeps it there
        Response unrelated = Reports.create(who, "Ticket prices stay frozen for pensioners.", domain, DAY1_LATER, null);
        String unrelatedId = unrelated.path("id");
        given().contentType(ContentType.JSON).body("{\"statement_id\": \"" + unrelatedId + "\"}")
                .post("/utterances/" + u + "/statements").then().statusCode(200)
                .body("reports.id", hasItem(unrelatedId)).body("report_count", equalTo(3));
        given().contentType("application/merge-patch+json").body("{\"stance\": \"OPPOSE\"}")
                .patch("/statements/" + unrelatedId).then().statusCode(200).body("utterance.id", equalTo(u));
        given().get("/utterances/" + unrelated.path("utterance.id")).then().statusCode(404);

        // attaching a statement of another speaker is refused
        String stranger = Reports.create(Reports.speaker("Alvar Nyqvist"), "Something else entirely, said elsewhere.",
                domain, DAY1, null).path("id");
        given().contentType(ContentType.JSON).body("{\"statement_id\": \"" + stranger + "\"}")
                .post("/utterances/" + u + "/statements").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void concurrentReportsOfOneUtteranceEndInOne() throws Exception {
        String who = Reports.speaker("Sanna Virtanen");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "The border crossing at Vaalimaa reopens for trucks on Friday morning" + ".!?;,…".charAt(i % 6)
                    + (i % 2 == 0 ? "" : " ");
            Callable<String> create = () -> {
                start.await();
                return Reports.create(who, text, Fixtures.domain(), DAY1, null).path("utterance.id");
            };
            results.add(pool.submit(create));
        }
        start.countDown();
        Set<String> utterances = new HashSet<>();
        for (Future<String> f : results) {
            utterances.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, utterances.size(), "one utterance for all reports: " + utterances);
        given().get("/utterances/" + utterances.iterator().next()).then().body("report_count", equalTo(writers));
    }

    @Test
    void collapsedPagesHaveEveryUtteranceOnce() {
        String who = Reports.speaker("Colm Ferriter");
        Set<String> expected = new HashSet<>();
        String[] sayings = {"The quarry expansion is dead in the water.", "Our nurses deserve a proper pay rise now.",
                "The ring road will not be widened this decade.", "We are returning the land to the farmers.",
                "The water tower gets a fresh coat of paint in spring."};
        for (int i = 0; i < sayings.length; i++) {
            for (int r = 0; r <= i % 3; r++) {
                String day = "2024-06-0" + (1 + r) + "T0" + i + ":00:00Z";
                expected.add(Reports.utterance(who, sayings[i], day));
            }
        }
        assertEquals(sayings.length, expected.size());
        Set<String> seen = new HashSet<>();
        Set<String> statementsSeen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("speaker", who).queryParam("collapse", "utterance").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/statements");
            page.then().statusCode(200);
            List<String> utterances = page.path("items.utterance.id");
            for (String u : utterances) {
                assertTrue(seen.add(u), "utterance " + u + " served twice");
            }
            statementsSeen.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(expected, seen);
        assertEquals(sayings.length, statementsSeen.size());

        given().queryParam("speaker", who).queryParam("collapse", "utterance").queryParam("facet", "speaker")
                .get("/statements/facets").then().statusCode(200).body("speaker[0].count", equalTo(sayings.length));
        given().queryParam("speaker", who).queryParam("min_reports", 3).get("/utterances").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].report_count", equalTo(3))
                .body("items[0].text", equalTo(sayings[2]));
        // most reported first, then by recency; pages of one still cover all
        Set<String> listed = new HashSet<>();
        String next = null;
        int previousCount = Integer.MAX_VALUE;
        do {
            var request = given().queryParam("speaker", who).queryParam("limit", 1);
            if (next != null) {
                request.queryParam("cursor", next);
            }
            Response page = request.get("/utterances");
            int count = page.path("items[0].report_count");
            assertTrue(count <= previousCount, "sorted by report count");
            previousCount = count;
            assertTrue(listed.add(page.path("items[0].id")));
            next = page.path("next_cursor");
        } while (next != null);
        assertEquals(expected, listed);
    }

    @Test
    void badInputIsAClearClientError() {
        String missing = UUID.randomUUID().toString();
        problem(given().get("/utterances/" + missing), 404);
        problem(given().get("/utterances/not-an-id"), 404);
        problem(given().get("/utterances?min_reports=0"), 400);
        problem(given().get("/utterances?min_reports=many"), 400);
        problem(given().get("/utterances?sort=loudest"), 400);
        problem(given().get("/utterances?cursor=bogus"), 400);
        problem(given().get("/utterances?limit=1000"), 400);
        problem(given().get("/utterances?colour=red"), 400);
        problem(given().get("/statements?collapse=speaker"), 400);
        problem(given().get("/statements/facets?collapse=outlet"), 400);

        String who = Reports.speaker("Petra Kolar");
        Response s = Reports.create(who, "The old mill becomes a school for carpenters.", Fixtures.domain(), DAY1, null);
        String u = s.path("utterance.id");
        problem(given().contentType(ContentType.JSON).body("{}").post("/utterances/" + u + "/statements"), 400);
        problem(given().contentType(ContentType.JSON).body("{\"statement_id\": \"nope\"}")
                .post("/utterances/" + u + "/statements"), 400);
        problem(given().contentType(ContentType.JSON).body("{\"statement_id\": \"" + missing + "\"}")
                .post("/utterances/" + u + "/statements"), 422);
        problem(given().contentType(ContentType.JSON).body("{\"statement_id\": \"" + s.path("id") + "\"}")
                .post("/utterances/" + missing + "/statements"), 404);
        problem(given().contentType(ContentType.TEXT).body("x").post("/utterances/" + u + "/statements"), 415);
        problem(given().delete("/utterances/" + u + "/statements/" + missing), 404);
        problem(given().delete("/utterances/" + missing + "/statements/" + s.path("id")), 404);
        String other = Reports.utterance(who, "Completely different words about the harbour cranes.", DAY1);
        problem(given().delete("/utterances/" + other + "/statements/" + s.path("id")), 404);
    }

    private static void problem(Response r, int status) {
        r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("detail", not(equalTo(null)));
    }
}
