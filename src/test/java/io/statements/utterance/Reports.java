package io.statements.utterance;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;

import static io.restassured.RestAssured.given;

/** Stores invented reports through the API: one article per outlet and day, the speaker named by name. */
final class Reports {

    private Reports() {
    }

    static String speaker(String name) {
        return Fixtures.unique(name);
    }

    static Response create(String speaker, String text, String domain, String publishedAt, String statedAt) {
        return create(speaker, "DIRECT", text, domain, publishedAt, statedAt);
    }

    static Response create(String speaker, String kind, String text, String domain, String publishedAt,
                           String statedAt) {
        String stated = statedAt == null ? "" : ", \"stated_at\": \"" + statedAt + "\"";
        String body = """
                {"text": %s, "kind": "%s", "speaker": {"name": "%s", "kind": "PERSON"},
                 "outlet": {"domain": "%s", "name": "Outlet %s"},
                 "article": {"url": "https://%s/%s", "published_at": "%s"}%s}""".formatted(
                json(text), kind, speaker, domain, domain, domain, publishedAt.substring(0, 10), publishedAt, stated);
        Response r = given().contentType(ContentType.JSON).body(body).post("/statements");
        r.then().statusCode(201);
        return r;
    }

    static String utterance(String speaker, String text, String publishedAt) {
        return create(speaker, text, Fixtures.domain(), publishedAt, null).path("utterance.id");
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
