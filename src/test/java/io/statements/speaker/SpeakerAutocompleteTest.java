package io.statements.speaker;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SpeakerAutocompleteTest {

    /** A made-up surname unlikely to share trigrams with other tests' speakers. */
    private static String surname() {
        Random random = new Random();
        StringBuilder s = new StringBuilder("Kw");
        for (int i = 0; i < 6; i++) {
            s.append("aeiou".charAt(random.nextInt(5))).append("bdfgkmnprstvz".charAt(random.nextInt(13)));
        }
        return s.toString();
    }

    private static String create(String name, String... aliases) {
        String list = String.join(",", List.of(aliases).stream().map(a -> "\"" + a + "\"").toList());
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"kind\": \"PERSON\", \"aliases\": [" + list + "]}")
                .post("/speakers").then().statusCode(201).extract().path("id");
    }

    @Test
    void findsByPrefixAliasAndTypo() {
        String surname = surname();
        String id = create("Vladimir " + surname, "Comrade " + surname + "ov");
        given().queryParam("q", surname.substring(0, 5).toLowerCase()).get("/speakers").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items.size()", lessThanOrEqualTo(10))
                .body("$", not(hasKey("next_cursor")));
        given().queryParam("q", "VLADIMIR " + surname.toUpperCase()).get("/speakers").then().statusCode(200)
                .body("items[0].id", equalTo(id));
        given().queryParam("q", "comrade " + surname.substring(0, 6)).get("/speakers").then().statusCode(200)
                .body("items[0].id", equalTo(id));
        // two letters swapped: trigram similarity still finds it
        char[] typo = surname.toCharArray();
        char t = typo[6];
        typo[6] = typo[7];
        typo[7] = t;
        given().queryParam("q", new String(typo)).get("/speakers").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void prefixMatchesRankFirstAndAtMostTen() {
        String surname = surname();
        String exact = create("Mara " + surname);
        for (int i = 0; i < 11; i++) {
            create("Other " + surname + "son" + i);
        }
        given().queryParam("q", "mara " + surname).get("/speakers").then().statusCode(200)
                .body("items[0].id", equalTo(exact));
        given().queryParam("q", surname).get("/speakers").then().statusCode(200)
                .body("items.size()", equalTo(10));
        given().queryParam("q", surname).queryParam("limit", 3).get("/speakers").then().statusCode(200)
                .body("items.size()", equalTo(3));
    }

    @Test
    void badAutocompleteParameters() {
        given().queryParam("q", "ab").queryParam("limit", 11).get("/speakers").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("q", " ").get("/speakers").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "x".repeat(101)).get("/speakers").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "ab").queryParam("name", "ab").get("/speakers").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().queryParam("q", "%_\\'\"").get("/speakers").then().statusCode(200);
    }
}
