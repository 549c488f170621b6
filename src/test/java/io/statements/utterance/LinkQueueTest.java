package io.statements.utterance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.statements.support.Fixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The durable link queue of bulk imports, as a client sees it: a bulk-imported statement has an utterance of its own
 * until the queue links it; the queue loses nothing when a drain fails before commit; editors' decisions made
 * meanwhile stand; concurrent reports of one utterance end in one. The queue never drains by itself here (settle
 * and max delay of an hour), so each test decides when it does ({@link LinkQueue#drainNow}).
 */
@QuarkusTest
@TestProfile(LinkQueueTest.Held.class)
class LinkQueueTest {

    public static class Held implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("statements.linking.queue-settle", "PT1H", "statements.linking.queue-max-delay", "PT1H");
        }
    }

    private static final String DAY1 = "2024-05-06T08:00:00Z";
    private static final String DAY1_LATER = "2024-05-06T15:00:00Z";
    private static final String DAY2 = "2024-05-07T07:00:00Z";
    private static final String LINE = "{\"text\": %s, \"kind\": \"%s\", \"speaker\": {\"name\": \"%s\"},"
            + " \"outlet\": {\"domain\": \"%s\"}, \"reported_at\": \"%s\"}\n";

    @Inject
    LinkQueue queue;
    @Inject
    UtteranceLinker linker;
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    @Test
    void bulkStatementsStandAloneUntilLinkedAndAFailedDrainLosesNothing() throws Exception {
        String who = Reports.speaker("Jorunn Aasen");
        String u = Reports.utterance(who, "The tram line to the airport opens in March next year.", DAY1);
        List<String> ids = bulk(line("The tram line to the airport opens in March next year!", "DIRECT", who,
                Fixtures.domain(), DAY1_LATER) + line("tram line to the airport opens in March", "PARTIAL", who,
                Fixtures.domain(), DAY2));
        for (String id : ids) { // queued: each its own utterance, one report
            given().get("/statements/" + id).then().statusCode(200).body("utterance.id", equalTo(id))
                    .body("utterance.reports", equalTo(1));
            given().get("/utterances/" + id).then().statusCode(200).body("report_count", equalTo(1));
        }
        assertEquals(2, queued(ids));

        // a drain that links and then fails before its commit (a crash, a lost connection) changes nothing
        QuarkusTransaction.begin();
        try {
            em.unwrap(Session.class).doWork(c -> {
                List<UUID> pending = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select statement_id from link_pending"
                        + " where statement_id = any(?::uuid[]) for update");) {
                    ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            pending.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
                linker.link(c, pending, true);
                try (PreparedStatement ps = c.prepareStatement("select count(*) from statement"
                        + " where id = any(?::uuid[]) and utterance_id = ?::uuid")) {
                    ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                    ps.setString(2, u);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(2, rs.getInt(1), "linked inside the failing transaction");
                    }
                }
            });
        } finally {
            QuarkusTransaction.rollback();
        }
        given().get("/statements/" + ids.get(0)).then().body("utterance.id", equalTo(ids.get(0)));
        assertEquals(2, queued(ids));

        queue.drainNow();
        assertEquals(0, queued(ids));
        for (String id : ids) {
            given().get("/statements/" + id).then().body("utterance.id", equalTo(u));
        }
        given().get("/utterances/" + u).then().body("report_count", equalTo(3))
                .body("reports[2].linked_by", equalTo("CONTAINED_QUOTE"));
        // the utterances they had while queued are gone
        given().get("/utterances/" + ids.get(0)).then().statusCode(404);
    }

    @Test
    void editorsDecisionsMadeWhileQueuedOrAfterStand() {
        String who = Reports.speaker("Marit Sandvik");
        String library = Reports.utterance(who, "The library will open on Sundays from the first of May.", DAY1);
        String text = "The harbour bridge closes for repairs for the whole of June.";
        List<String> ids = bulk(line(text, "DIRECT", who, Fixtures.domain(), DAY1)
                + line(text.replace(".", "!"), "DIRECT", who, Fixtures.domain(), DAY1_LATER));
        // while both wait in the queue, an editor puts the second with the library statement
        given().contentType(ContentType.JSON).body("{\"statement_id\": \"" + ids.get(1) + "\"}")
                .post("/utterances/" + library + "/statements").then().statusCode(200);
        queue.drainNow();
        given().get("/statements/" + ids.get(1)).then().body("utterance.id", equalTo(library));
        given().get("/utterances/" + library).then().body("reports.id", hasItem(ids.get(1)));

        // two reports linked by the queue; an editor detaches the second; a third, queued and linked, leaves it so
        String roof = "The museum roof will be replaced before the winter comes.";
        List<String> museum = bulk(line(roof, "DIRECT", who, Fixtures.domain(), DAY1)
                + line(roof.replace(".", "!"), "DIRECT", who, Fixtures.domain(), DAY1_LATER));
        queue.drainNow();
        String together = given().get("/statements/" + museum.get(0)).then().body("utterance.reports", equalTo(2))
                .extract().path("utterance.id");
        given().get("/statements/" + museum.get(1)).then().body("utterance.id", equalTo(together));
        String detached = given().delete("/utterances/" + together + "/statements/" + museum.get(1)).then()
                .statusCode(200).extract().path("id");
        String third = bulk(line(roof, "DIRECT", who, Fixtures.domain(), DAY2)).get(0);
        queue.drainNow();
        given().get("/statements/" + third).then().body("utterance.id", equalTo(together));
        given().get("/statements/" + museum.get(1)).then().body("utterance.id", equalTo(detached));
        given().get("/utterances/" + detached).then().body("report_count", equalTo(1));
    }

    @Test
    void concurrentReportsOfOneUtteranceEndInOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 4; round++) {
                String who = Reports.speaker("Sigrun Lie");
                String text = "The new ferry to the islands starts sailing in round " + (round + 1) + " of the tests.";
                CyclicBarrier start = new CyclicBarrier(3);
                List<Callable<String>> writers = List.of(
                        () -> { start.await(); return bulk(line(text, "DIRECT", who, Fixtures.domain(), DAY1)).get(0); },
                        () -> { start.await(); return bulk(line(text, "DIRECT", who, Fixtures.domain(), DAY1_LATER)).get(0); },
                        () -> { start.await(); return Reports.create(who, text, Fixtures.domain(), DAY2, null).path("id"); });
                List<String> ids = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(writers)) {
                    ids.add(f.get());
                }
                queue.drainNow();
                String utterance = given().get("/statements/" + ids.get(0)).then().statusCode(200)
                        .body("utterance.reports", equalTo(3)).extract().path("utterance.id");
                for (String id : ids) {
                    given().get("/statements/" + id).then().body("utterance.id", equalTo(utterance));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStatementDeletedWhileQueuedIsSkipped() throws Exception {
        String who = Reports.speaker("Halldis Moe");
        List<String> ids = bulk(line("The swimming hall closes in July for a new roof.", "DIRECT", who,
                Fixtures.domain(), DAY1) + line("The swimming hall closes in July for a new roof", "DIRECT", who,
                Fixtures.domain(), DAY1_LATER));
        given().delete("/statements/" + ids.get(0)).then().statusCode(204);
        queue.drainNow();
        assertEquals(0, queued(ids));
        given().get("/statements/" + ids.get(1)).then().statusCode(200).body("utterance.reports", equalTo(1));
        assertNotEquals(ids.get(0), given().get("/statements/" + ids.get(1)).path("utterance.id"));
    }

    private static String line(String text, String kind, String who, String domain, String at) {
        return LINE.formatted(Reports.json(text), kind, who, domain, at);
    }

    static List<String> bulk(String ndjson) {
        List<String> lines = given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson",
                                ContentType.TEXT)))
                .contentType("application/x-ndjson").body(ndjson).post("/statements/bulk").then().statusCode(200)
                .extract().asString().lines().toList();
        lines.forEach(l -> assertEquals("CREATED", JsonPath.from(l).getString("status"), l));
        return lines.stream().map(l -> JsonPath.from(l).getString("id")).toList();
    }

    private long queued(List<String> ids) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from link_pending"
                     + " where statement_id = any(?::uuid[])")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
