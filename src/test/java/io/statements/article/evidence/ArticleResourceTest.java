package io.statements.article.evidence;

import io.statements.article.ArticleFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /articles (ArticleIngestResource) and GET /articles/{id} (ArticleResource), both in io.statements.article.evidence. */
@QuarkusTest
class ArticleResourceTest {

    private static String body(String text, String domain, String url) {
        return """
                {"text": %s, "outlet": {"domain": "%s", "name": "Harbour Herald"}, "url": "%s",
                 "title": "Harbour authority defends dredging plan", "published_at": "2026-05-04T06:00:00Z",
                 "language": "en"}""".formatted(ArticleFixtures.json(text), domain, url);
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/articles");
    }

    @Test
    void storesTheArticleWithItsStatementsOncePerUrl() {
        ArticleFixtures a = new ArticleFixtures();
        String domain = Fixtures.domain();
        String url = "https://" + domain + "/2026/05/04/dredging";
        // A speaker stored before, under an alias: extracted statements are filed under it.
        String speakerId = given().contentType(ContentType.JSON).body("""
                {"name": "Elena M. %s", "kind": "PERSON", "aliases": ["Elena %s"]}""".formatted(a.surname, a.surname))
                .post("/speakers").then().statusCode(201).extract().path("id");

        Response created = post(body(a.text, domain, url));
        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/articles/" + created.path("id")))
                .body("url", equalTo(url))
                .body("title", equalTo("Harbour authority defends dredging plan"))
                .body("published_at", equalTo("2026-05-04T06:00:00Z"))
                .body("language", equalTo("en"))
                .body("outlet.domain", equalTo(domain))
                .body("text_length", equalTo(a.text.codePointCount(0, a.text.length())))
                .body("extracted_at", notNullValue())
                .body("statements.size()", equalTo(5))
                .body("statements.origin", everyItem(equalTo("EXTRACTED")))
                .body("statements.id", everyItem(notNullValue()))
                .body("statements[0].text", equalTo("the dredging would start in May"))
                .body("statements[0].kind", equalTo("INDIRECT"))
                .body("statements[0].content", equalTo(Map.of("start", 93, "end", 124)))
                .body("statements[0].cue", equalTo("said"))
                .body("statements[0].cue_range", equalTo(Map.of("start", 72, "end", 76, "text", "said")))
                .body("statements[0].speaker", equalTo(Map.of("id", speakerId, "name", "Elena M. " + a.surname,
                        "kind", "PERSON")))
                .body("statements[0]", not(hasKey("via")))
                .body("statements[0].segments", equalTo(List.of(Map.of("start", 93, "end", 124))))
                .body("statements[1].text", equalTo("We have waited long enough, The channel silts up every winter."))
                .body("statements[1].content", equalTo(Map.of("start", 126, "end", 211))) // with the quotation marks
                .body("statements[1].segments", equalTo(List.of(Map.of("start", 127, "end", 154),
                        Map.of("start", 176, "end", 210))))
                .body("statements[1].via", equalTo("CNN"))
                .body("statements[1].channel", equalTo("INTERVIEW"))
                .body("statements[1].speaker_mention", equalTo(Map.of("start", 156, "end", 164, "text", a.surname)))
                .body("statements[2].speaker.name", equalTo(a.org + " Harbour Authority"))
                .body("statements[2].speaker.kind", equalTo("ORGANIZATION"))
                .body("statements[2].channel", equalTo("STATEMENT"))
                .body("statements[3].speaker.kind", equalTo("ANONYMOUS"))
                .body("statements[4].speaker.id", equalTo(speakerId))
                .body("statements[4].channel", equalTo("PRESS_CONFERENCE"));
        String id = created.path("id");
        List<String> statementIds = created.path("statements.id");

        // The organisation became a stored speaker: a later extraction resolves it to that id.
        String orgId = created.path("statements[2].speaker.id");
        given().contentType(ContentType.JSON).body("{\"text\": " + ArticleFixtures.json(a.text) + "}")
                .post("/extractions").then().statusCode(200)
                .body("statements[2].speaker.id", equalTo(orgId));

        // The same url again, even with other text: the stored article, unchanged, 200.
        post(body("Nothing here was said by anyone in quotes.", domain, url)).then().statusCode(200)
                .body("id", equalTo(id))
                .body("statements.id", equalTo(statementIds))
                .body("text_length", equalTo(a.text.codePointCount(0, a.text.length())));

        Response read = given().get("/articles/" + id);
        read.then().statusCode(200).body("id", equalTo(id)).body("statements.id", equalTo(statementIds))
                .body("statements[1].segments[1]", equalTo(Map.of("start", 176, "end", 210)))
                .body("statements[1].text", equalTo("We have waited long enough, The channel silts up every winter."));
        assertEquals(created.jsonPath().getList("statements"), read.jsonPath().getList("statements"));

        // Each is an ordinary statement, linked to its article.
        given().get("/statements/" + statementIds.get(1)).then().statusCode(200)
                .body("origin", equalTo("EXTRACTED"))
                .body("cue", equalTo("told"))
                .body("via", equalTo("CNN"))
                .body("article.id", equalTo(id))
                .body("reported_at", equalTo("2026-05-04T06:00:00Z"))
                .body("speaker.id", equalTo(speakerId));
    }

    @Test
    void anArticleKnownFromAReferenceGetsItsTextAndStatements() {
        String domain = Fixtures.domain();
        String url = "https://" + domain + "/pier";
        String speaker = "Ravi " + ArticleFixtures.word();
        String manual = given().contentType(ContentType.JSON).body("""
                {"text": "The pier is safe.", "kind": "DIRECT", "speaker": {"name": "Tom Ashgrove"},
                 "outlet": {"domain": "%s"}, "article": {"url": "%s"}}""".formatted(domain, url))
                .post("/statements").then().statusCode(201).extract().path("id");
        String text = speaker + " said: \"We will rebuild the pier before the summer.\"";
        post(body(text, domain, url)).then().statusCode(200)
                .body("statements.size()", equalTo(2))
                .body("statements[0].text", equalTo("We will rebuild the pier before the summer."))
                .body("statements[0].speaker.name", equalTo(speaker))
                .body("statements[0].origin", equalTo("EXTRACTED"))
                .body("statements[1].id", equalTo(manual))
                .body("statements[1].origin", equalTo("MANUAL"))
                .body("statements[1]", not(hasKey("content")));
    }

    @Test
    void aSuggestedStanceIsStoredWithTheStatement() {
        String domain = Fixtures.domain();
        String org = ArticleFixtures.word();
        String text = "\"We hold the " + org + " Dredging Company fully responsible for the silt,\" said Ines Varro, "
                + "a fisherman.";
        String id = post(body(text, domain, "https://" + domain + "/silt")).then().statusCode(201)
                .body("statements.size()", equalTo(1))
                .extract().path("statements[0].id");
        given().get("/statements/" + id).then().statusCode(200)
                .body("stance", equalTo("OPPOSE"))
                .body("stance_target", equalTo(org + " Dredging Company"));
    }

    @Test
    void textWithoutStatementsStoresAnEmptyArticle() {
        String domain = Fixtures.domain();
        post(body("Gulls circled the quay. The ferry left at noon.", domain, "https://" + domain + "/calm"))
                .then().statusCode(201).body("statements", empty()).body("text_length", equalTo(47));
    }

    @Test
    void outletAndUrlAreRequiredAndChecked() {
        post("{\"text\": \"Ann Lee said: \\\"Fine.\\\"\", \"url\": \"https://example.org/x\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("outlet"));
        post("{\"text\": \"Ann Lee said: \\\"Fine.\\\"\", \"outlet\": {\"domain\": \"example.org\"}}").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        post("{\"text\": \"\", \"outlet\": {\"domain\": \"example.org\"}, \"url\": \"https://example.org/y\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("text"));
        // the url is already an article of another outlet
        String domain = Fixtures.domain();
        String url = "https://" + domain + "/taken";
        post(body("Calm day.", domain, url)).then().statusCode(201);
        post(body("Calm day.", Fixtures.domain(), url)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
    }

    @Test
    void unknownArticleIs404() {
        given().get("/articles/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    /** A speaker an article creates gets the title and affiliation its mention gives; a described one keeps its own. */
    @Test
    void aSpeakerCreatedFromAnArticleCarriesTheTitleItsMentionGives() {
        ArticleFixtures a = new ArticleFixtures();
        String domain = Fixtures.domain();
        String described = given().contentType(ContentType.JSON).body("""
                {"name": "Ida %s", "kind": "PERSON", "title": "Chair", "affiliation": "Dockers' Union"}"""
                .formatted(a.org)).post("/speakers").then().statusCode(201).extract().path("id");
        String text = ("Harbour Board spokesperson Tom %s said on Monday that the ferry timetable would change in June. "
                + "Ferry Authority spokesperson Ida %s said the union would accept the change.").formatted(a.surname, a.org);
        Response created = post(body(text, domain, "https://" + domain + "/2026/05/04/timetable"));
        created.then().statusCode(201).body("statements.size()", equalTo(2))
                .body("statements[0].speaker.name", equalTo("Tom " + a.surname))
                .body("statements[1].speaker.id", equalTo(described));
        given().get("/speakers/" + created.path("statements[0].speaker.id")).then().statusCode(200)
                .body("title", equalTo("spokesperson")).body("affiliation", equalTo("Harbour Board"));
        given().get("/speakers/" + described).then().statusCode(200)
                .body("title", equalTo("Chair")).body("affiliation", equalTo("Dockers' Union"));
    }
}
