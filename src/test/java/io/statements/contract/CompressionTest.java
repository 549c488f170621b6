package io.statements.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import io.statements.support.RawHttp;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over real HTTP, with a client that does not decode bodies itself (java.net.http): JSON and NDJSON answers are
 * gzip-compressed for clients that accept it, byte for byte the same content once inflated, plain for the others,
 * and marked Vary: Accept-Encoding for caches; the change stream is never compressed (events must flow at once).
 */
@QuarkusTest
class CompressionTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void responsesAreGzippedWhenAccepted() throws Exception {
        String domain = Fixtures.domain();
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON).body(Fixtures.statement("Compression quote number " + i + ".",
                    "Gzip Speaker", domain)).post("/statements").then().statusCode(201);
        }
        String page = "/statements?limit=100&outlet=" + domain;
        HttpResponse<byte[]> plain = get(page, "identity");
        HttpResponse<byte[]> gzipped = get(page, "gzip");
        assertEquals(200, plain.statusCode());
        assertEquals(200, gzipped.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "identity asked, identity sent");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                "Vary: Accept-Encoding " + gzipped.headers().map());
        assertTrue(plain.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                "Vary on the plain answer too");
        JsonNode inflated = mapper.readTree(gunzip(gzipped.body()));
        assertEquals(30, inflated.path("items").size());
        assertEquals(mapper.readTree(plain.body()), inflated, "the same content once inflated");
        assertTrue(gzipped.body().length * 3 < plain.body().length,
                "compressed " + gzipped.body().length + " bytes vs " + plain.body().length);

        HttpResponse<byte[]> export = get("/statements/export?outlet=" + domain, "gzip");
        assertEquals("gzip", export.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(30, new String(gunzip(export.body()), java.nio.charset.StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void theChangeStreamIsNotCompressed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/changes/stream?after=latest"))
                .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY)
                .header("Accept", "text/event-stream").header("Accept-Encoding", "gzip").build();
        HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stream.body()) {
            assertEquals(200, stream.statusCode());
            assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertEquals("identity", stream.headers().firstValue("Content-Encoding").orElse("identity"),
                    stream.headers().map().toString());
        }
    }

    @Test
    void emptyAnswersCarryNoContentEncoding() throws Exception {
        String id = given().contentType(ContentType.JSON).body(Fixtures.statement("Short-lived words.",
                "Gzip Speaker", Fixtures.domain())).post("/statements").then().statusCode(201).extract().path("id");
        HttpRequest delete = HttpRequest.newBuilder(uri("/statements/" + id)).DELETE()
                .header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY).header("Accept-Encoding", "gzip").build();
        HttpResponse<byte[]> deleted = http.send(delete, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(204, deleted.statusCode());
        assertEquals(0, deleted.body().length);
        assertEquals("identity", deleted.headers().firstValue("Content-Encoding").orElse("identity"),
                "a body-less answer is not labelled gzip: " + deleted.headers().map());
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestCredentials.ADMIN_KEY)
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RawHttp.port() + path);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
