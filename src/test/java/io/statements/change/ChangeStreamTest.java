package io.statements.change;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ChangeStreamTest {

    /** Plain HTTP client requests carry the tests' admin key themselves (RestAssured's get it from a filter). */
    private static final String AUTH = "Bearer " + io.statements.support.TestCredentials.ADMIN_KEY;

    @TestHTTPResource("/changes/stream")
    URI stream;

    record Event(String id, String statementId, String type) {
    }

    /** Reads events from the stream until {@code count} of them concern {@code ids}, then disconnects. */
    private List<Event> read(HttpRequest request, Set<String> ids, int count) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Event> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String line;
            while (events.size() < count && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    JsonPath data = JsonPath.from(line.substring(5).strip());
                    assertEquals(id, data.getString("cursor"), "event id is the change's cursor");
                    if (ids.contains(data.getString("statement_id"))) {
                        events.add(new Event(id, data.getString("statement_id"), data.getString("type")));
                    }
                }
            }
        }
        return events;
    }

    @Test
    void streamsChangesAndResumesAfterLastEventId() throws Exception {
        String from = ChangeFeedTest.tail();
        String domain = Fixtures.domain();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(ChangeFeedTest.create("Stream statement " + i + " on river levels.", "Stream Speaker", domain));
        }
        HttpRequest first = HttpRequest.newBuilder(URI.create(stream + "?after=" + from))
                .header("Accept", "text/event-stream").header("Authorization", AUTH).build();
        List<Event> events = read(first, Set.copyOf(ids), 2);
        assertEquals(ids.subList(0, 2), events.stream().map(Event::statementId).toList());

        // reconnect as an EventSource does: the stream continues right after the last event received
        HttpRequest resumed = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").header("Authorization", AUTH)
                .header("Last-Event-ID", events.get(1).id()).build();
        List<Event> rest = read(resumed, Set.copyOf(ids), 1);
        assertEquals(List.of(ids.get(2)), rest.stream().map(Event::statementId).toList());
        assertEquals("CREATED", rest.get(0).type());

        // a change made while connected arrives live
        HttpRequest live = HttpRequest.newBuilder(URI.create(stream + "?after=latest"))
                .header("Accept", "text/event-stream").header("Authorization", AUTH).build();
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                return;
            }
            given().contentType("application/merge-patch+json").body("{\"cue\": \"stated\"}")
                    .patch("/statements/" + ids.get(0)).then().statusCode(200);
        });
        writer.start();
        List<Event> updates = read(live, Set.of(ids.get(0)), 1);
        writer.join();
        assertEquals("UPDATED", updates.get(0).type());
    }

    @Test
    void rejectsAMalformedLastEventId() {
        given().header("Last-Event-ID", "garbage").accept("text/event-stream").get("/changes/stream").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
