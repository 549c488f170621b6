package io.statements.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.config;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** JSON answers are gzip-compressed for clients that accept it, and plain for the others. */
@QuarkusTest
class CompressionTest {

    @Test
    void responsesAreGzippedWhenAccepted() {
        String domain = Fixtures.domain();
        for (int i = 0; i < 30; i++) {
            given().contentType(ContentType.JSON).body(Fixtures.statement("Compression quote number " + i + ".",
                    "Gzip Speaker", domain)).post("/statements").then().statusCode(201);
        }
        given().header("Accept-Encoding", "gzip").queryParam("outlet", domain).queryParam("limit", 100)
                .get("/statements").then().statusCode(200).header("Content-Encoding", equalTo("gzip"))
                .body("items.size()", equalTo(30)); // RestAssured inflates it: the body is intact
        given().header("Accept-Encoding", "gzip").queryParam("outlet", domain).get("/statements/export")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        given().config(config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").queryParam("outlet", domain).get("/statements")
                .then().statusCode(200).header("Content-Encoding", nullValue()).body("items.size()", equalTo(20));
    }
}
