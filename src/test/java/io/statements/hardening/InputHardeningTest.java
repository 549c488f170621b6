package io.statements.hardening;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.statements.support.Fixtures;
import io.statements.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of hostile input the contract fuzz once found answering 5xx now gets its 4xx problem. */
@QuarkusTest
class InputHardeningTest {

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then()
                .contentType("application/problem+json")
                .body("detail", not(containsString("io.statements")))
                .body("detail", not(containsString("Exception")));
    }

    private static String statement(String extraFields) {
        return Fixtures.statement("Plain words.", Fixtures.unique("Ada Quill"), Fixtures.domain())
                .replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + extraFields + ", "));
    }

    @Test
    void wrongJsonTypesAreRejectedNotCoerced() {
        post("/statements", """
                {"text": 12345, "kind": "DIRECT", "speaker": {"name": "A"}, "outlet": {"domain": "a.example"}}""")
                .statusCode(400).body("errors[0].field", equalTo("text")).body("errors[0].message", equalTo("must be a string"));
        post("/statements", statement("\"topics\": [1, false]")).statusCode(400)
                .body("errors.field", hasItem(startsWith("topics[")));
        post("/speakers", "{\"name\": true, \"kind\": \"PERSON\"}").statusCode(400)
                .body("errors[0].field", equalTo("name"));
        post("/speakers", "{\"name\": \"Lee Ward\", \"kind\": 1}").statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", allOf(containsString("PERSON"), not(containsString("io.statements"))));
        post("/statements", statement("\"stated_at\": 1700000000")).statusCode(400)
                .body("errors[0].field", equalTo("stated_at"));
        post("/statements", statement("\"stated_at\": \"yesterday\"")).statusCode(400)
                .body("errors[0].field", equalTo("stated_at"))
                .body("errors[0].message", not(containsString("DateTimeParse")));
    }

    @Test
    void nulAndLoneSurrogatesAreRejectedWhereverTheyArrive() {
        post("/statements", Fixtures.statement("before\\u0000after", "Kit Vale", Fixtures.domain())).statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].message", containsString("NUL"));
        post("/statements", Fixtures.statement("half \\ud800 a pair", "Kit Vale", Fixtures.domain())).statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].message", containsString("surrogate"));
        post("/statements", statement("\"topics\": [\"ok\", \"b\\udc00d\"]")).statusCode(400)
                .body("errors[0].field", equalTo("topics[1]"));
        post("/speakers", "{\"name\": \"Nul\\u0000Name\", \"kind\": \"PERSON\"}").statusCode(400)
                .body("errors[0].field", equalTo("name"));
        // a well-formed pair is fine
        given().contentType(ContentType.JSON).body(Fixtures.statement("Rocket \\ud83d\\ude80 launched.",
                Fixtures.unique("Kit Vale"), Fixtures.domain())).post("/statements").then().statusCode(201)
                .body("text", equalTo("Rocket \uD83D\uDE80 launched."));
        for (String path : new String[]{"/statements?q=a%00b", "/speakers?name=a%00b", "/outlets?domain=a%00b",
                "/statements/facets?facet=speaker&speaker=x%00", "/stances?target=a%00"}) {
            RawHttp.Answer answer = RawHttp.send("GET " + path + " HTTP/1.1", null);
            assertEquals(400, answer.status(), path + ": " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), path);
            assertTrue(answer.body().contains("NUL"), answer.body());
        }
        RawHttp.Answer badEncoding = RawHttp.send("GET /statements?q=%E9t%E9 HTTP/1.1", null);
        assertEquals(400, badEncoding.status(), badEncoding.body());
        assertTrue(badEncoding.body().contains("\"field\":\"q\""), badEncoding.body());
    }

    @Test
    void timestampsOutsideTheStorableRangeAre400Everywhere() {
        for (String value : new String[]{"-5000-01-01T00:00:00Z", "+300000-01-01T00:00:00Z", "0000-12-31T23:59:59Z"}) {
            post("/statements", statement("\"stated_at\": \"" + value + "\"")).statusCode(400)
                    .body("errors[0].field", equalTo("stated_at")).body("errors[0].message", containsString("0001-01-01"));
            post("/statements", Fixtures.statement("Dated words.", "Kit Vale", Fixtures.domain()).replaceFirst("\\{",
                    "{\"article\": {\"url\": \"https://a.example/x\", \"published_at\": \"" + value + "\"}, "))
                    .statusCode(400).body("errors[0].field", equalTo("article.published_at"));
            given().queryParam("reported_after", value).get("/statements").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("reported_after"));
        }
        String good = Fixtures.statement("Good line.", Fixtures.unique("Kit Vale"), Fixtures.domain());
        String bad = statement("\"stated_at\": \"-5000-01-01T00:00:00Z\"");
        String report = given().contentType("application/x-ndjson").body((good.replace("\n", " ") + "\n"
                        + bad.replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/statements/bulk").then().statusCode(200).extract().asString();
        assertTrue(report.contains("\"INVALID\""), report);
        assertFalse(report.contains("\"FAILED\""), report);
    }

    @Test
    void bulkLinesThatAreNotUtf8AreInvalidAndTheGoodOnesStored() {
        String good = Fixtures.statement("Stored despite the junk.", Fixtures.unique("Kit Vale"), Fixtures.domain());
        byte[] junk = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] binary = {0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x7F};
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(junk);
        body.write('\n');
        body.writeBytes(binary);
        body.write('\n');
        body.writeBytes(good.replace("\n", " ").getBytes(StandardCharsets.UTF_8));
        body.write('\n');
        RawHttp.Answer answer = RawHttp.send("POST /statements/bulk HTTP/1.1\r\nContent-Type: application/x-ndjson",
                body.toByteArray());
        assertEquals(200, answer.status(), answer.body());
        String[] lines = answer.body().strip().split("\n");
        assertEquals(3, lines.length, answer.body());
        assertTrue(lines[0].contains("INVALID") && lines[1].contains("INVALID"), answer.body());
        assertTrue(lines[2].contains("CREATED"), answer.body());
    }

    @Test
    void anEmptyAcceptMeansAnything() {
        RawHttp.Answer answer = RawHttp.send("GET /speakers?limit=1 HTTP/1.1\r\nAccept: ", null);
        assertEquals(200, answer.status(), answer.body());
        RawHttp.Answer missing = RawHttp.send("GET /statements/" + UUID.randomUUID() + " HTTP/1.1\r\nAccept:", null);
        assertEquals(404, missing.status(), missing.body());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
    }

    @Test
    void errorsOfTheHttpLayerAreProblemsToo() {
        RawHttp.Answer longUrl = RawHttp.send("GET /statements?q=" + "a".repeat(9_000) + " HTTP/1.1", null);
        assertEquals(414, longUrl.status());
        assertTrue(longUrl.contentType().startsWith("application/problem+json"), longUrl.toString());
        RawHttp.Answer bigHeaders = RawHttp.send("GET /statements HTTP/1.1\r\nX-Filler: " + "h".repeat(20_000), null);
        assertEquals(431, bigHeaders.status());
        assertTrue(bigHeaders.contentType().startsWith("application/problem+json"));
        for (String target : new String[]{"/speakers/%C0%AF", "/statements?q=%C0%AF", "/statements?q=%ED%A0%80",
                "/outlets?domain=%FF"}) {
            RawHttp.Answer answer = RawHttp.send("GET " + target + " HTTP/1.1", null);
            assertEquals(400, answer.status(), target + " " + answer);
            assertTrue(answer.contentType().startsWith("application/problem+json"), target + " " + answer);
        }
        // not a URI at all (RFC 3986): refused by the HTTP layer before any service code, a bare 400, never 5xx
        for (String target : new String[]{"/statements/%", "/statements/%zz", "/speakers/[]", "/outlets?limit=%"}) {
            assertEquals(400, RawHttp.send("GET " + target + " HTTP/1.1", null).status(), target);
        }
    }

    @Test
    void ifMatchIsComparedStronglyAndABlankHeaderIsAnError() {
        String id = createSpeaker();
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(speaker("Renamed"))
                .put("/speakers/" + id).then().statusCode(412).header("ETag", "\"0\"")
                .contentType("application/problem+json");
        RawHttp.Answer blank = RawHttp.send("PUT /speakers/" + id + " HTTP/1.1\r\nContent-Type: application/json\r\nIf-Match: ",
                speaker("Renamed").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, blank.status(), blank.body());
        assertTrue(blank.contentType().startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).header("If-Match", "0").body(speaker("Renamed"))
                .put("/speakers/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(speaker("Renamed"))
                .put("/speakers/" + id).then().statusCode(200).header("ETag", "\"1\"");
        RawHttp.Answer blankKey = RawHttp.send("POST /statements HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: ",
                Fixtures.statement("Keyed.", "Kit Vale", Fixtures.domain()).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, blankKey.status(), blankKey.body());
        given().contentType(ContentType.JSON).header("Idempotency-Key", "   ").body(Fixtures.statement("Keyed.",
                "Kit Vale", Fixtures.domain())).post("/statements").then().statusCode(400);
    }

    @Test
    void staleDeletesOfSpeakersAndOutletsAre412WithTheCurrentETag() {
        String speaker = createSpeaker();
        given().header("If-Match", "\"7\"").delete("/speakers/" + speaker).then().statusCode(412)
                .header("ETag", "\"0\"").contentType("application/problem+json");
        given().header("If-Match", "\"0\"").delete("/speakers/" + speaker).then().statusCode(204);
        String outlet = given().contentType(ContentType.JSON).body("{\"name\": \"Gone Daily\", \"domain\": \""
                + Fixtures.domain() + "\"}").post("/outlets").then().statusCode(201).extract().path("id");
        given().header("If-Match", "\"3\"").delete("/outlets/" + outlet).then().statusCode(412).header("ETag", "\"0\"");
        given().header("If-Match", "\"0\"").delete("/outlets/" + outlet).then().statusCode(204);
    }

    @Test
    void unsupportedMediaTypeNamesTheExpectedOne() {
        String id = given().contentType(ContentType.JSON).body(Fixtures.statement("Patchable.", Fixtures.unique("Kit Vale"),
                Fixtures.domain())).post("/statements").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{}").patch("/statements/" + id).then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("application/merge-patch+json"));
        given().contentType(ContentType.TEXT).body("x").post("/statements").then().statusCode(415)
                .body("detail", containsString("application/json"));
        given().contentType(ContentType.JSON).body("{}").post("/statements/bulk").then().statusCode(415)
                .body("detail", containsString("application/x-ndjson"));
    }

    @Test
    void updatesThatWouldDuplicateAnotherStatementAre409() {
        String domain = Fixtures.domain();
        String speaker = Fixtures.unique("Ines Dore");
        String article = ", \"article\": {\"url\": \"https://" + domain + "/story\"}}";
        String first = Fixtures.statement("First words.", speaker, domain).replaceFirst("}\\s*$", article);
        String second = Fixtures.statement("Second words.", speaker, domain).replaceFirst("}\\s*$", article);
        given().contentType(ContentType.JSON).body(first).post("/statements").then().statusCode(201);
        String id = given().contentType(ContentType.JSON).body(second).post("/statements").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body(first).put("/statements/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Another statement"));
        given().contentType("application/merge-patch+json").body("{\"text\": \"First words.\"}")
                .patch("/statements/" + id).then().statusCode(409).contentType("application/problem+json");
        given().get("/statements/" + id).then().statusCode(200).body("text", equalTo("Second words."));
    }

    private static String speaker(String name) {
        return "{\"name\": \"" + name + "\", \"kind\": \"PERSON\"}";
    }

    private static String createSpeaker() {
        return given().contentType(ContentType.JSON).body(speaker(Fixtures.unique("Rae Lind"))).post("/speakers").then()
                .statusCode(201).extract().path("id");
    }
}
