package io.statements.article.evidence;

import io.statements.article.ArticleFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** POST /articles with review parameters: dry_run, statements (indexes), min_confidence. */
@QuarkusTest
class ArticleReviewTest {

    private static String body(String text, String domain, String url) {
        return """
                {"text": %s, "outlet": {"domain": "%s"}, "url": "%s", "language": "en"}"""
                .formatted(ArticleFixtures.json(text), domain, url);
    }

    private static RequestSpecification request(String body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    @Test
    void aDryRunAnswersWhatWouldBeStoredAndStoresNothing() {
        ArticleFixtures a = new ArticleFixtures();
        String domain = Fixtures.domain();
        String url = "https://" + domain + "/review/1";
        request(body(a.text, domain, url)).queryParam("dry_run", "true").post("/articles").then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("already_stored", equalTo(false))
                .body("statements.size()", equalTo(5))
                .body("statements[1].index", equalTo(1))
                .body("statements[1].text", equalTo("We have waited long enough, The channel silts up every winter."))
                .body("statements[1].decision", equalTo("STORE"))
                .body("statements[1].speaker_action", equalTo("CREATED"))
                .body("statements[1].speaker.name", equalTo("Elena " + a.surname));
        // nothing stored: no article, no speaker
        given().queryParam("name", "Elena " + a.surname).get("/speakers").then().statusCode(200)
                .body("items", empty());
        request(body(a.text, domain, url)).queryParam("statements", "1,2").queryParam("min_confidence", "0.5")
                .post("/articles").then().statusCode(201)
                .body("statements.size()", equalTo(2))
                .body("statements[0].text", equalTo("We have waited long enough, The channel silts up every winter."));
        // the speaker now exists: a dry run of the same text matches it
        request(body(a.text, domain, "https://" + domain + "/review/2")).queryParam("dry_run", "true")
                .post("/articles").then().statusCode(200)
                .body("statements[1].speaker_action", equalTo("MATCHED"))
                .body("statements[1].speaker", hasKey("id"));
    }

    @Test
    void aTitleAlonePronounOrDocumentNeverBecomesANewSpeaker() {
        String domain = Fixtures.domain();
        String text = "\"We will rebuild the pier before the summer,\" the harbour master said.\n\n"
                + "\"Nobody was warned about the flooding,\" the video says.";
        request(body(text, domain, "https://" + domain + "/review/3")).queryParam("dry_run", "true")
                .post("/articles").then().statusCode(200)
                .body("statements[1].decision", equalTo("NO_SPEAKER"))
                .body("statements[1]", not(hasKey("speaker_action")));
    }

    @Test
    void twoPeopleNamedTogetherNeverBecomeOneNewSpeaker() {
        String domain = Fixtures.domain();
        String text = "\"We will not pay the new fares,\" Tom Reyes and Ida Berg said on Monday.\n\n"
                + "\"The ferry must run all winter,\" Ida Berg added.";
        request(body(text, domain, "https://" + domain + "/review/5")).queryParam("dry_run", "true")
                .post("/articles").then().statusCode(200)
                .body("statements[0].speaker.name", equalTo("Tom Reyes and Ida Berg"))
                .body("statements[0].decision", equalTo("NO_SPEAKER"))
                .body("statements[0]", not(hasKey("speaker_action")))
                .body("statements[1].speaker.name", equalTo("Ida Berg"))
                .body("statements[1].decision", equalTo("STORE"));
    }

    @Test
    void badReviewParametersAre400NamingTheParameter() {
        String domain = Fixtures.domain();
        String b = body("Ann Lee said: \"Fine.\"", domain, "https://" + domain + "/review/4");
        request(b).queryParam("min_confidence", "2").post("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("min_confidence"));
        request(b).queryParam("statements", "1,x").post("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("statements"));
        request(b).queryParam("dry_run", "maybe").post("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("dry_run"));
    }
}
