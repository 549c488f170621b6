package io.statements.search;

import io.restassured.http.ContentType;
import io.statements.support.Fixtures;

import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;

/**
 * A small invented newsroom: three speakers, two outlets, six statements, all carrying one random
 * token ({@link #tag}) so that searches for it see exactly this data set in a shared database.
 */
final class SearchData {

    final String tag = randomWord();
    final String domain1 = Fixtures.domain();
    final String domain2 = Fixtures.domain();
    final String outlet1Name = "Lantern Gazette " + tag;
    final String speakerA = "Adaeze Korrin " + tag;
    final String speakerB = "Oskar Velmont " + tag;
    final String aliasB = "Velmont" + tag;
    final String speakerC = "Tamsin Quarry " + tag;
    final String articleUrl = "https://" + domain1 + "/news/" + tag;
    String speakerBId;
    String outlet2Id;
    List<String> ids;

    SearchData create() {
        speakerBId = given().contentType(ContentType.JSON).body("""
                {"name": "%s", "kind": "PERSON", "aliases": ["%s"]}""".formatted(speakerB, aliasB))
                .post("/speakers").then().statusCode(201).extract().path("id");
        String s1 = post(statement("The harbour workers are striking again over wages", "{\"name\": \"" + speakerA + "\"}",
                domain1, outlet1Name, "OPPOSE", "Harbour Board", "TWEET", "DIRECT", "[\"labour\", \"Ports\"]",
                "2024-01-10T09:00:00Z", "2024-01-09T18:00:00Z", null, null));
        String s2 = post(statement("We will negotiate with the union in good faith", "{\"name\": \"" + speakerA + "\"}",
                domain2, "Tide Courier", "SUPPORT", "union", "PRESS_CONFERENCE", "INDIRECT", "[\"Labour\"]",
                "2024-02-10T09:00:00Z", null, "Coastal Wire", null));
        String s3 = post(statement("The strike damages the economy of the entire région", "{\"id\": \"" + speakerBId + "\"}",
                domain1, outlet1Name, "OPPOSE", "union", "INTERVIEW", "PARTIAL", "[\"economy\"]",
                "2024-03-10T09:00:00Z", "2024-03-01T10:00:00Z", null, null));
        String s4 = post(statement("Harbour Board decisions deserve support", "{\"name\": \"" + aliasB + "\"}",
                domain2, "Tide Courier", "SUPPORT", "harbour board", "TWEET", "DIRECT", "[]",
                "2024-04-10T09:00:00Z", null, null, null));
        String s5 = post(statement("No comment on the strikes today", "{\"name\": \"" + speakerC + "\"}",
                domain1, outlet1Name, "NEUTRAL", "Harbour Board", "STATEMENT", "DIRECT", "[]",
                null, null, null, articleUrl));
        String s6 = post(statement("Peace talks resume next week", "{\"name\": \"" + speakerC + "\"}",
                domain1, outlet1Name, null, null, "SPEECH", "DIRECT", "[\"diplomacy\"]",
                "2023-12-01T09:00:00Z", null, null, null));
        outlet2Id = given().queryParam("q", tag).queryParam("outlet", domain2).get("/statements")
                .then().statusCode(200).extract().path("items[0].outlet.id");
        ids = List.of(s1, s2, s3, s4, s5, s6);
        return this;
    }

    /** The statement ids (1-based, as numbered above) in the given order. */
    List<String> ids(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> ids.get(n - 1)).toList();
    }

    String statement(String text, String speaker, String domain, String outletName, String stance, String target,
                     String channel, String kind, String topics, String reportedAt, String statedAt, String via,
                     String article) {
        return """
                {"text": "%s %s", "kind": "%s", "speaker": %s, "outlet": {"domain": "%s", "name": "%s"},
                 "channel": "%s", "topics": %s, "language": "en"%s%s%s%s%s%s}""".formatted(text, tag, kind, speaker,
                domain, outletName, channel, topics,
                field("stance", stance), field("stance_target", target), field("reported_at", reportedAt),
                field("stated_at", statedAt), field("via", via),
                article == null ? "" : ", \"article\": {\"url\": \"" + article + "\"}");
    }

    String post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/statements")
                .then().statusCode(201).extract().path("id");
    }

    private static String field(String name, String value) {
        return value == null ? "" : ", \"" + name + "\": \"" + value + "\"";
    }

    /** Letters only, so it is one token that English stemming leaves alone. */
    static String randomWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append("x").toString();
    }
}
