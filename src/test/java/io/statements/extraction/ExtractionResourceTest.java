package io.statements.extraction;

import io.statements.article.ArticleFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExtractionResourceTest {

    private static ValidatableResponse extract(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/extractions").then();
    }

    private static String body(String text) {
        return "{\"text\": " + ArticleFixtures.json(text) + ", \"language\": \"en\"}";
    }

    @Test
    void returnsStatementsWithCodePointOffsetsSpeakersAndChannels() {
        ArticleFixtures a = new ArticleFixtures();
        // A stored speaker known under another canonical name, with the article's form as an alias.
        String stored = "E. " + a.surname + " (port director)";
        String speakerId = given().contentType(ContentType.JSON).body("""
                {"name": "%s", "kind": "PERSON", "aliases": ["Elena %s"]}""".formatted(stored, a.surname))
                .post("/speakers").then().statusCode(201).extract().path("id");

        ValidatableResponse r = extract("""
                {"text": %s, "outlet": {"domain": "harbour-news.example"}, "url": "https://harbour-news.example/a/1",
                 "title": "Harbour authority defends dredging plan", "published_at": "2026-05-04T06:00:00Z",
                 "language": "en"}""".formatted(ArticleFixtures.json(a.text)))
                .statusCode(200).contentType(ContentType.JSON)
                .body("statements.size()", equalTo(5))
                // reported speech; the speaker resolves to the stored speaker through its alias
                .body("statements[0].text", equalTo("the dredging would start in May"))
                .body("statements[0].kind", equalTo("INDIRECT"))
                .body("statements[0].content", equalTo(Map.of("start", 93, "end", 124)))
                .body("statements[0].cue", equalTo("said"))
                .body("statements[0].cue_range", equalTo(Map.of("start", 72, "end", 76, "text", "said")))
                .body("statements[0].speaker_mention", equalTo(Map.of("start", 43, "end", 71,
                        "text", "Port director Elena " + a.surname)))
                .body("statements[0].speaker", equalTo(Map.of("id", speakerId, "name", stored, "kind", "PERSON",
                        "title", "director", "affiliation", "Port"))) // the title as this article gives it
                .body("statements[0].confidence", equalTo(0.6f))
                // absent values are omitted, like everywhere in the API
                .body("statements[0]", not(hasKey("via"))).body("statements[0]", not(hasKey("channel")))
                // a quote split around its attribution and continued in the next sentence: one statement with
                // two segments on "told"; the intermediary is CNN
                .body("statements[1].text", equalTo("We have waited long enough, The channel silts up every winter."))
                .body("statements[1].kind", equalTo("DIRECT"))
                // content holds the quotation marks, the segments the words inside them
                .body("statements[1].content", equalTo(Map.of("start", 126, "end", 211)))
                .body("statements[1].segments", equalTo(List.of(Map.of("start", 127, "end", 154),
                        Map.of("start", 176, "end", 210))))
                .body("statements[1].cue", equalTo("told"))
                .body("statements[1].cue_range", equalTo(Map.of("start", 165, "end", 169, "text", "told")))
                .body("statements[1].speaker_mention", equalTo(Map.of("start", 156, "end", 164, "text", a.surname)))
                .body("statements[1].speaker.id", equalTo(speakerId))
                .body("statements[1].via", equalTo("CNN"))
                .body("statements[1].channel", equalTo("INTERVIEW"))
                // an organisation, not stored: no id
                .body("statements[2].speaker", equalTo(Map.of("name", a.org + " Harbour Authority",
                        "kind", "ORGANIZATION")))
                .body("statements[2].channel", equalTo("STATEMENT"))
                .body("statements[2].speaker_mention.text", equalTo("The " + a.org + " Harbour Authority"))
                // "according to" an anonymous group
                .body("statements[3].text", equalTo("the budget has not been approved"))
                .body("statements[3].cue", equalTo("According to"))
                .body("statements[3].cue_range", equalTo(Map.of("start", 307, "end", 319, "text", "According to")))
                .body("statements[3].speaker.name", equalTo("council officials"))
                .body("statements[3].speaker.kind", equalTo("ANONYMOUS"))
                // a pronoun resolves to the person named before
                .body("statements[4].speaker_mention", equalTo(Map.of("start", 408, "end", 411, "text", "she")))
                .body("statements[4].speaker.id", equalTo(speakerId))
                .body("statements[4].channel", equalTo("PRESS_CONFERENCE"));

        // Offsets are code points: cutting the submitted text with them gives back text, cue and mention.
        List<Map<String, Object>> statements = r.extract().path("statements");
        for (Map<String, Object> s : statements) {
            @SuppressWarnings("unchecked")
            List<Map<String, Integer>> segments = (List<Map<String, Integer>>) s.get("segments");
            assertEquals(s.get("text"), String.join(" ", segments.stream()
                    .map(g -> a.at(g.get("start"), g.get("end"))).toList()));
            @SuppressWarnings("unchecked")
            Map<String, Integer> content = (Map<String, Integer>) s.get("content");
            // content runs from the first to the last segment, with the quotation marks around them
            int first = segments.get(0).get("start"), last = segments.get(segments.size() - 1).get("end");
            int from = content.get("start"), to = content.get("end");
            assertTrue(from == first || from == first - 1 && "\"\u201c".contains(a.at(from, first)), s.toString());
            assertTrue(to == last || to == last + 1 && "\"\u201d".contains(a.at(last, to)), s.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> cue = (Map<String, Object>) s.get("cue_range");
            assertEquals(cue.get("text"), a.at((Integer) cue.get("start"), (Integer) cue.get("end")));
            assertEquals(s.get("cue"), cue.get("text"));
        }
    }

    @Test
    void suggestsAStanceOnlyWithEvidenceAndOmitsItOtherwise() {
        String org = ArticleFixtures.word();
        String text = "Councillor Mira Sotto blamed the " + org + " Ferry Company for the cancelled crossings, saying the "
                + "boats \"were never repaired after the storm.\" \"The timetable will be back to normal on Monday,\" "
                + "said a port spokesman.";
        // the blame itself (`blamed the ... Company for ...`) and the quote after `saying` are two statements of the
        // councillor, both with the blame as evidence; the spokesman's quote has none
        extract(body(text)).statusCode(200)
                .body("statements.size()", equalTo(3))
                .body("statements[0].cue", equalTo("blamed"))
                .body("statements[0].stance", equalTo("OPPOSE"))
                .body("statements[0].stance_target", equalTo(org + " Ferry Company"))
                .body("statements[0].stance_evidence", equalTo(Map.of("start", 22, "end", 28, "text", "blamed")))
                .body("statements[1].cue", equalTo("saying"))
                .body("statements[1].stance", equalTo("OPPOSE"))
                .body("statements[1].stance_target", equalTo(org + " Ferry Company"))
                .body("statements[1].stance_evidence", equalTo(Map.of("start", 22, "end", 28, "text", "blamed")))
                .body("statements[2]", not(hasKey("stance")))
                .body("statements[2]", not(hasKey("stance_target")))
                .body("statements[2]", not(hasKey("stance_evidence")));
    }

    @Test
    void storesNothing() {
        ArticleFixtures a = new ArticleFixtures();
        extract(body(a.text)).statusCode(200).body("statements.size()", equalTo(5));
        given().queryParam("name", "Elena " + a.surname).get("/speakers").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void textWithoutQuotesOrSpeechGivesAnEmptyList() {
        extract(body("The tide came in at six. Gulls circled the empty quay, and the ferry left on time."))
                .statusCode(200).body("statements", empty());
    }

    @Test
    void blankMissingOrForeignTextIs400NamingTheField() {
        extract(body("")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        extract(body(" \n\t ")).statusCode(400).body("errors[0].field", equalTo("text"));
        extract("{\"url\": \"https://example.org/x\"}").statusCode(400).body("errors[0].field", equalTo("text"));
        extract("{\"text\": \"He said: \\\"Hallo.\\\"\", \"language\": \"de\"}").statusCode(400)
                .body("errors[0].field", equalTo("language"));
        extract("{\"text\": \"x\", \"url\": \"not a url\"}").statusCode(400).body("errors[0].field", equalTo("url"));
        extract("null").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void binaryJunkIsAnsweredCleanly() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        given().contentType(ContentType.JSON).body(junk).post("/extractions").then().statusCode(400)
                .contentType("application/problem+json");
        // Junk inside a valid JSON string: read, never a 500; NUL and unpaired surrogates are refused naming the
        // field (one rule for every string the API takes, io.statements.common.Text).
        StringBuilder junkText = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            junkText.appendCodePoint(i % 5 == 0 ? '"' : random.nextInt(3) == 0 ? 0x21 + random.nextInt(0x5d)
                    : 0xa0 + random.nextInt(0x2fff));
        }
        extract("{\"text\": \"" + ArticleFixtures.json(junkText.toString()).substring(1) + "}").statusCode(200)
                .contentType(ContentType.JSON);
        extract("{\"text\": \"\\u0000\\ud800 said \\udc00\\u0000\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        extract(body("\"\"\"“”‘’\" said \" \"")).statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void fiveMegabytesIs413ProblemJson() {
        String huge = body("Abc \"def\" ghi. ".repeat(350_000)); // about 5 MB
        extract(huge).statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        // The same without Content-Length (chunked): no length to check up front, still a 413.
        given().contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))
                .post("/extractions").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void textOverTheCodePointLimitIs413NamingText() {
        extract(body("a".repeat(ExtractionService.MAX_TEXT_CODE_POINTS + 1))).statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        extract(body("a".repeat(ExtractionService.MAX_TEXT_CODE_POINTS - 10) + " said.")).statusCode(200)
                .body("statements", not(nullValue()));
    }
    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirErrors() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/extractions'.post.responses.keySet()", hasItems("200", "400", "413", "415"))
                .body("paths.'/articles'.post.responses.keySet()", hasItems("200", "201", "400", "413", "422"))
                .body("paths.'/articles/{id}'.get.responses.keySet()", hasItems("200", "404"))
                .body("components.schemas.ExtractionStatement.properties.segments.description",
                        containsString("quoted stretch"))
                .body("components.schemas.OffsetRange.description", containsString("Unicode code point"));
    }
}
