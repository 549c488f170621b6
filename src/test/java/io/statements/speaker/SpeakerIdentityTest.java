package io.statements.speaker;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A name, alias or Wikidata id belongs to one speaker; a statement naming several speakers' name is refused. */
@QuarkusTest
class SpeakerIdentityTest {

    @Inject
    javax.sql.DataSource dataSource;

    private static String speaker(String name, String aliases, String wikidata) {
        return "{\"name\": \"" + name + "\", \"kind\": \"PERSON\", \"aliases\": [" + aliases + "]"
                + (wikidata == null ? "" : ", \"wikidata_id\": \"" + wikidata + "\"") + "}";
    }

    private static String create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/speakers").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void namesAliasesAndWikidataIdsAreNotShared() {
        String name = Fixtures.unique("Mara Lind");
        String alias = Fixtures.unique("M Lind");
        String wikidata = "Q" + (100000000L + (long) (Math.random() * 800000000L));
        String id = create(speaker(name, "\"" + alias + "\"", wikidata));

        // the same name, written differently, for a new speaker
        given().contentType(ContentType.JSON).body(speaker(name.toUpperCase(), "", null)).post("/speakers").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id)).body("errors[0].field", equalTo("name"));
        // another speaker's alias as an alias
        given().contentType(ContentType.JSON).body(speaker(Fixtures.unique("Other"), "\"x\", \"" + alias + "\"", null))
                .post("/speakers").then().statusCode(409).body("errors[0].field", equalTo("aliases[1]"))
                .body("errors[0].message", containsString(id));
        // a used Wikidata id
        given().contentType(ContentType.JSON).body(speaker(Fixtures.unique("Third"), "", wikidata)).post("/speakers")
                .then().statusCode(409).body("errors[0].field", equalTo("wikidata_id")).body("detail", containsString(id));
        // an update taking another speaker's name is refused too; keeping its own names is fine
        String other = create(speaker(Fixtures.unique("Fourth"), "", null));
        given().contentType(ContentType.JSON).body(speaker(Fixtures.unique("Fourth b"), "\"" + name + "\"", null))
                .put("/speakers/" + other).then().statusCode(409).body("detail", containsString(id));
        given().contentType(ContentType.JSON).body(speaker(name, "\"" + alias + "\"", wikidata))
                .put("/speakers/" + id).then().statusCode(200);
    }

    @Test
    void statementNamingSeveralSpeakersIsRefusedWithTheCandidates() throws Exception {
        // Data from before names were unique: two speakers with one alias, written straight into the database.
        String shared = Fixtures.unique("Shared Name");
        String a = create(speaker(Fixtures.unique("First Person"), "", null));
        String b = create(speaker(Fixtures.unique("Second Person"), "", null));
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                "update speaker set aliases = array[?] where id = ?::uuid")) {
            for (String id : new String[] {a, b}) {
                st.setString(1, shared);
                st.setString(2, id);
                st.executeUpdate();
            }
        }
        given().contentType(ContentType.JSON).body(Fixtures.statement("We will decide soon.", shared, Fixtures.domain()))
                .post("/statements").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("speaker.name"))
                .body("detail", containsString(a)).body("detail", containsString(b));
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .contentType("application/x-ndjson").body(Fixtures.statement("We will decide soon.", shared,
                        Fixtures.domain()).replace("\n", " ")).post("/statements/bulk")
                .then().statusCode(200).body(containsString("\"INVALID\"")).body(containsString(a))
                .body(containsString(b));
    }
}
