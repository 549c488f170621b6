package io.statements.extraction;

import io.statements.article.ArticleFixtures;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** `POST /extractions` as the name tests send it: English text over real HTTP, answered 200 with JSON. */
final class ExtractionRequests {

    private ExtractionRequests() {
    }

    static ValidatableResponse extract(String text) {
        return given().contentType(ContentType.JSON)
                .body("{\"text\": " + ArticleFixtures.json(text) + ", \"language\": \"en\"}")
                .post("/extractions").then().statusCode(200).contentType(ContentType.JSON);
    }

    /** The GPath of the first statement whose text holds the words. */
    static String with(String words) {
        return "statements.find { it.text.contains('" + words + "') }";
    }
}
