package io.statements.outlet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutletResourceTest {

    /** The list reads where searches read, the single read through Hibernate: the same bytes for one outlet. */
    @Test
    void listWritesAnOutletByteForByteAsTheSingleRead() {
        String domain = Fixtures.domain();
        String id = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Lakeside Ledger\", \"domain\": \"%s\", \"country\": \"NZ\", \"language\": \"en\"}"
                        .formatted(domain))
                .post("/outlets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Lakeside Ledger Weekly\", \"domain\": \"%s\", \"country\": \"NZ\"}".formatted(domain))
                .put("/outlets/" + id).then().statusCode(200);
        String single = given().get("/outlets/" + id).then().statusCode(200).extract().asString();
        String byDomain = given().queryParam("domain", domain).get("/outlets").then().statusCode(200).extract().asString();
        assertEquals("{\"items\":[" + single + "]}", byDomain);
        assertTrue(given().get("/outlets?limit=100").then().statusCode(200).extract().asString().contains(single));
    }

    @Test
    void crudWithUniqueDomains() {
        String domain = Fixtures.domain();
        String id = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Valley Courier\", \"domain\": \"https://www.%s/\", \"country\": \"US\", \"language\": \"en\"}"
                        .formatted(domain.toUpperCase()))
                .post("/outlets").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("domain", equalTo(domain)).body("country", equalTo("US"))
                .extract().path("id");
        given().get("/outlets/" + id).then().statusCode(200).body("name", equalTo("Valley Courier"));
        given().queryParam("domain", "WWW." + domain).get("/outlets").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));

        // the same domain twice is a conflict
        given().contentType(ContentType.JSON).body("{\"name\": \"Copy\", \"domain\": \"%s\"}".formatted(domain))
                .post("/outlets").then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Valley Courier Daily\", \"domain\": \"%s\", \"country\": \"CA\"}".formatted(domain))
                .put("/outlets/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("country", equalTo("CA")).body("language", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Stale\", \"domain\": \"%s\"}".formatted(domain))
                .put("/outlets/" + id).then().statusCode(412);

        // statements reference the outlet by id; an outlet in use cannot be deleted
        String statement = given().contentType(ContentType.JSON)
                .body("{\"text\": \"Turnout was high.\", \"kind\": \"INDIRECT\", \"speaker\": {\"name\": \"Rafe Okoro\"},"
                        + " \"outlet\": {\"id\": \"%s\"}}".formatted(id))
                .post("/statements").then().statusCode(201).body("outlet.name", equalTo("Valley Courier Daily"))
                .extract().path("id");
        given().delete("/outlets/" + id).then().statusCode(409).contentType("application/problem+json");
        given().delete("/statements/" + statement).then().statusCode(204);
        given().delete("/outlets/" + id).then().statusCode(204);
        given().get("/outlets/" + id).then().statusCode(404);
    }

    @Test
    void rejectsInvalidOutlets() {
        given().contentType(ContentType.JSON).body("{\"name\": \"No domain\", \"domain\": \"not a domain\", \"country\": \"usa\"}")
                .post("/outlets").then().statusCode(400)
                .body("errors.field", equalTo(List.of("country", "domain")));
    }

    @Test
    void articleOfAnotherOutletIsRefused() {
        String first = Fixtures.domain();
        String url = "https://" + first + "/story";
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"One.\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"Ada Penn\"},"
                        + " \"outlet\": {\"domain\": \"%s\"}, \"article\": {\"url\": \"%s\"}}".formatted(first, url))
                .post("/statements").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Two.\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"Ada Penn\"},"
                        + " \"outlet\": {\"domain\": \"%s\"}, \"article\": {\"url\": \"%s\"}}".formatted(Fixtures.domain(), url))
                .post("/statements").then().statusCode(422).body("errors[0].field", equalTo("article.url"));
    }
}
