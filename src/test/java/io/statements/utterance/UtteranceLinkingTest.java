package io.statements.utterance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking as a client sees it: reports created through the API end up in one utterance, or apart. */
@QuarkusTest
class UtteranceLinkingTest {

    @jakarta.inject.Inject
    ReportedEvents events;

    /** Bulk imports queue their statements for linking (LinkQueueTest); these tests link them at once. */
    @jakarta.inject.Inject
    LinkQueue queue;

    private static final String DAY1 = "2024-03-01T08:00:00Z";
    private static final String DAY1_LATER = "2024-03-01T15:00:00Z";
    private static final String DAY2 = "2024-03-02T07:00:00Z";

    @Test
    void verbatimPartialAndRetranscribedReportsAreOneUtterance() {
        String who = Reports.speaker("Edda Sveinsdottir");
        String first = Reports.create(who, "We're gonna keep the ferry running all winter, whatever the cost.",
                "first-" + Fixtures.domain(), DAY1, null).path("utterance.id");
        String second = Reports.utterance(who, "\u201CWe are going to keep the ferry running all winter \u2014 whatever"
                + " the cost\u201D", DAY1_LATER);
        String partial = Reports.utterance(who, "keep the ferry running all winter", DAY2);
        assertEquals(first, second);
        assertEquals(first, partial);

        given().get("/utterances/" + first).then().statusCode(200)
                .body("report_count", equalTo(3))
                .body("reports", hasSize(3))
                .body("speaker.name", equalTo(who))
                .body("first_reported_at", equalTo(DAY1))
                .body("first_reported_by.domain", equalTo(given().get("/utterances/" + first).path(
                        "reports[0].outlet.domain")))
                .body("reports[0].reported_at", equalTo(DAY1))
                .body("reports[2].text", equalTo("keep the ferry running all winter"))
                .body("reports[2].linked_by", equalTo("CONTAINED_QUOTE"))
                .body("text", equalTo("\u201CWe are going to keep the ferry running all winter \u2014 whatever the cost\u201D"));
        // every statement carries its utterance summary
        Response latest = Reports.create(who, "We are going to keep the ferry running all winter, whatever the cost!",
                Fixtures.domain(), DAY2, null);
        latest.then().body("utterance.id", equalTo(first)).body("utterance.reports", equalTo(4))
                .body("utterance.first_reported_at", equalTo(DAY1));
    }

    @Test
    void joiningAnUtteranceIsAnEventStartingOneIsNot() {
        String who = Reports.speaker("Petra Almqvist");
        String first = Reports.create(who, "The swimming pool reopens after the summer with a new roof.",
                Fixtures.domain(), DAY1, null).path("id");
        Response second = Reports.create(who, "The swimming pool reopens after the summer with a new roof",
                Fixtures.domain(), DAY1_LATER, null);
        assertEquals(List.of(), events.about(first));
        List<UtteranceReported> joined = events.about(second.path("id"));
        assertEquals(1, joined.size(), joined.toString());
        assertEquals(second.path("utterance.id").toString(), joined.get(0).utteranceId().toString());
        assertEquals("IDENTICAL_WORDS", joined.get(0).linkedBy());
    }

    @Test
    void censoredSpellingsMeet() {
        String who = Reports.speaker("Rufus Tranter");
        String a = Reports.utterance(who, "That call was a f***ing joke and the referee knows it.", DAY1);
        String b = Reports.utterance(who, "That call was a fucking joke and the referee knows it", DAY1_LATER);
        String c = Reports.utterance(who, "a f-----g joke", DAY2);
        assertEquals(a, b);
        assertEquals(a, c);
    }

    @Test
    void nearMissesStayApart() {
        String who = Reports.speaker("Mirela Constantin");
        String other = Reports.speaker("Hamid Farouk");
        String said = Reports.utterance(who, "We will rebuild the market hall before the autumn fair opens.", DAY1);
        // the same speaker, similar words, a week later
        String again = Reports.utterance(who, "We will rebuild the fire station before the autumn fair opens.",
                "2024-03-08T08:00:00Z");
        // another speaker, the same words, the same day
        String echoed = Reports.utterance(other, "We will rebuild the market hall before the autumn fair opens.", DAY1_LATER);
        // the same words said again on another occasion (both reports say when)
        String first = Reports.create(who, "The market stays open on Sundays from now on.", Fixtures.domain(), DAY1,
                "2024-02-29T10:00:00Z").path("utterance.id");
        String repeated = Reports.create(who, "The market stays open on Sundays from now on.", Fixtures.domain(),
                "2024-03-06T08:00:00Z", "2024-03-05T10:00:00Z").path("utterance.id");
        // a short fragment ("on Sundays") says too little to tell
        String fragment = Reports.utterance(who, "on Sundays", DAY1_LATER);
        // two slogans the same day: an exclamation mark is not a masked swear word ("harbour!" is not "h***!")
        String harbour = Reports.utterance(who, "Hands off our harbour!", DAY1);
        String hospital = Reports.utterance(who, "Hands off our hospital!", DAY1_LATER);
        assertNotEquals(said, again);
        assertNotEquals(said, echoed);
        assertNotEquals(first, repeated);
        assertNotEquals(first, fragment);
        assertNotEquals(harbour, hospital);
    }

    @Test
    void reportedSpeechInOtherWordsJoinsTheQuoteButTwoQuotationsInOtherWordsStayApart() {
        String who = Reports.speaker("Ilse Marchetti");
        String quote = Reports.utterance(who, "The night buses will run every fifteen minutes from the first of May.",
                DAY1);
        Response reported = Reports.create(who, "INDIRECT",
                "the night buses would run every quarter of an hour starting in May", Fixtures.domain(), DAY1_LATER, null);
        assertEquals(quote, reported.path("utterance.id"));
        given().get("/utterances/" + quote).then().statusCode(200)
                .body("reports[1].linked_by", equalTo("SAME_MEANING"));
        // a quotation claims the speaker's very words: another quotation in other words is another statement
        String otherQuote = Reports.utterance(who, "From the first of May our night buses will come four times an hour.",
                DAY2);
        assertNotEquals(quote, otherQuote);
    }

    @Test
    void reportsBeyondTheWindowStayApart() {
        String who = Reports.speaker("Tove Lindahl");
        String a = Reports.utterance(who, "Our budget for the new library is final.", DAY1);
        String b = Reports.utterance(who, "Our budget for the new library is final.", "2024-04-01T08:00:00Z");
        assertNotEquals(a, b);
    }

    @Test
    void editingTheTextRelinks() {
        String who = Reports.speaker("Inga Paulsen");
        String domain = Fixtures.domain();
        String u = Reports.utterance(who, "The tram line will reach the hospital by next summer.", DAY1);
        Response other = Reports.create(who, "Parking fees double in the old town from May.", domain, DAY1_LATER, null);
        assertNotEquals(u, other.path("utterance.id"));
        String body = """
                {"text": "The tram line will reach the hospital by next summer", "kind": "DIRECT",
                 "speaker": {"name": "%s"}, "outlet": {"domain": "%s"},
                 "article": {"url": "https://%s/%s"}}""".formatted(who, domain, domain, DAY1_LATER.substring(0, 10));
        given().contentType(ContentType.JSON).body(body).put("/statements/" + other.path("id")).then()
                .statusCode(200).body("utterance.id", equalTo(u)).body("utterance.reports", equalTo(2));
        // the utterance it left is gone
        given().get("/utterances/" + other.path("utterance.id")).then().statusCode(404);
    }

    @Test
    void bulkImportLinksToo() {
        String who = Reports.speaker("Bruno Salas");
        String domain = Fixtures.domain();
        String u = Reports.utterance(who, "The stadium roof will be finished before the derby.", DAY1);
        String ndjson = ("{\"text\": \"The stadium roof will be finished before the derby!\", \"kind\": \"DIRECT\","
                + " \"speaker\": {\"name\": \"%s\"}, \"outlet\": {\"domain\": \"%s\"}, \"reported_at\": \"%s\"}\n"
                + "{\"text\": \"finished before the derby\", \"kind\": \"PARTIAL\", \"speaker\": {\"name\": \"%s\"},"
                + " \"outlet\": {\"domain\": \"b-%s\"}, \"reported_at\": \"%s\"}\n")
                .formatted(who, domain, DAY1_LATER, who, domain, DAY2);
        List<String> ids = given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson",
                                ContentType.TEXT)))
                .contentType("application/x-ndjson").body(ndjson).post("/statements/bulk").then().statusCode(200)
                .extract().asString().lines().map(l -> io.restassured.path.json.JsonPath.from(l).getString("id")).toList();
        queue.drainNow();
        for (String id : ids) {
            given().get("/statements/" + id).then().body("utterance.id", equalTo(u));
        }
        given().get("/utterances/" + u).then().body("report_count", equalTo(3));
    }

    /**
     * A bulk import inserts each statement with an utterance of its own and creates it, or links the statement
     * elsewhere, before commit: every statement has an existing utterance with the right count and times.
     */
    @Test
    void bulkImportStartsUtterancesAndLinksWithinOneBody() {
        String who = Reports.speaker("Ottilie Brandvold");
        String domain = Fixtures.domain();
        String line = "{\"text\": \"%s\", \"kind\": \"%s\", \"speaker\": {\"name\": \"%s\"},"
                + " \"outlet\": {\"domain\": \"%s\"}, \"reported_at\": \"%s\"}\n";
        String ndjson = line.formatted("The ferry timetable changes on the first of May.", "DIRECT", who, domain, DAY1)
                + line.formatted("The lighthouse on the north pier will be painted white.", "DIRECT", who, domain, DAY1_LATER)
                + line.formatted("timetable changes on the first of May", "PARTIAL", who, "b-" + domain, DAY2);
        List<String> ids = given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson",
                                ContentType.TEXT)))
                .contentType("application/x-ndjson").body(ndjson).post("/statements/bulk").then().statusCode(200)
                .extract().asString().lines().map(l -> io.restassured.path.json.JsonPath.from(l).getString("id")).toList();
        assertEquals(3, ids.size());
        queue.drainNow();
        String ferry = given().get("/statements/" + ids.get(0)).then().statusCode(200)
                .body("utterance.reports", equalTo(2)).body("utterance.first_reported_at", equalTo(DAY1))
                .extract().path("utterance.id");
        given().get("/statements/" + ids.get(2)).then().body("utterance.id", equalTo(ferry));
        String lighthouse = given().get("/statements/" + ids.get(1)).then().statusCode(200)
                .body("utterance.reports", equalTo(1)).body("utterance.first_reported_at", equalTo(DAY1_LATER))
                .extract().path("utterance.id");
        assertNotEquals(ferry, lighthouse);
        given().get("/utterances/" + ferry).then().statusCode(200).body("report_count", equalTo(2))
                .body("reports.id", contains(ids.get(0), ids.get(2)));
        given().get("/utterances/" + lighthouse).then().statusCode(200).body("report_count", equalTo(1))
                .body("last_reported_at", equalTo(DAY1_LATER));
    }

    /**
     * A body of hundreds of speakers, split by speaker over concurrent chunks, is stored and linked like any other
     * (the locks themselves: SpeakerLocksTest).
     */
    @Test
    void aBulkImportOfManySpeakersIsLinkedToo() {
        String domain = Fixtures.domain();
        String base = Reports.speaker("Halvard Quist");
        StringBuilder ndjson = new StringBuilder();
        int speakers = 700;
        for (int i = 0; i < speakers; i++) {
            String line = "{\"text\": \"%s\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"%s\"},"
                    + " \"outlet\": {\"domain\": \"%s\"}, \"reported_at\": \"%s\"}\n";
            String text = "Bridge number " + i + " reopens to cyclists after the spring repairs.";
            ndjson.append(line.formatted(text, base + " " + i, domain, DAY1));
            if (i % 100 == 0) { // a second outlet's report of the same words: linked within the chunk
                ndjson.append(line.formatted(text, base + " " + i, "b-" + domain, DAY2));
            }
        }
        List<String> lines = given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson",
                                ContentType.TEXT)))
                .contentType("application/x-ndjson").body(ndjson.toString()).post("/statements/bulk").then()
                .statusCode(200).extract().asString().lines().toList();
        assertEquals(speakers + 7, lines.size());
        queue.drainNow();
        assertTrue(lines.stream().allMatch(l -> l.contains("\"CREATED\"")), lines.get(0));
        String first = io.restassured.path.json.JsonPath.from(lines.get(0)).getString("id");
        String second = io.restassured.path.json.JsonPath.from(lines.get(1)).getString("id");
        String utterance = given().get("/statements/" + first).then().body("utterance.reports", equalTo(2))
                .extract().path("utterance.id");
        given().get("/statements/" + second).then().body("utterance.id", equalTo(utterance));
        String last = io.restassured.path.json.JsonPath.from(lines.get(lines.size() - 1)).getString("id");
        given().get("/statements/" + last).then().body("utterance.reports", equalTo(1));
    }

    /** Nobody drains the queue here: the service links a bulk import's statements by itself once it settles. */
    @Test
    void theServiceLinksQueuedStatementsByItself() throws InterruptedException {
        String who = Reports.speaker("Vilde Nordahl");
        String u = Reports.utterance(who, "The cable car up the mountain runs again from Easter.", DAY1);
        String id = LinkQueueTest.bulk(("{\"text\": \"The cable car up the mountain runs again from Easter!\","
                + " \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"%s\"}, \"outlet\": {\"domain\": \"%s\"},"
                + " \"reported_at\": \"%s\"}\n").formatted(who, Fixtures.domain(), DAY1_LATER)).get(0);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!u.equals(given().get("/statements/" + id).path("utterance.id")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        given().get("/statements/" + id).then().body("utterance.id", equalTo(u)).body("utterance.reports", equalTo(2));
    }

    @Test
    void speakerMergeRelinksTheMovedReports() {
        String keep = Reports.speaker("Oona Brady");
        String dup = Reports.speaker("O. Brady");
        String u = Reports.utterance(keep, "The harbour dredging starts on the first of June.", DAY1);
        String other = Reports.utterance(dup, "The harbour dredging starts on the first of June", DAY1_LATER);
        assertNotEquals(u, other);
        String keepId = given().queryParam("name", keep).get("/speakers").path("items[0].id");
        String dupId = given().queryParam("name", dup).get("/speakers").path("items[0].id");
        given().contentType(ContentType.JSON).body("{\"from\": \"%s\"}".formatted(dupId))
                .post("/speakers/" + keepId + "/merge").then().statusCode(200);
        given().get("/utterances/" + u).then().statusCode(200).body("report_count", equalTo(2));
    }
}
