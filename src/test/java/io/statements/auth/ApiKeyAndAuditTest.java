package io.statements.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.statements.support.Fixtures;
import io.statements.support.TestCredentials;
import io.statements.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** API keys as an admin manages them, and the audit trail of who changed what. */
@QuarkusTest
class ApiKeyAndAuditTest {

    @Test
    void aKeyIsShownOnceListedWithoutSecretAndRevokedAtOnce() {
        ExtractableResponse<Response> created = RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("name", "wire-ingest", "roles", List.of("ingester"))).post("/api-keys")
                .then().statusCode(201).header("Location", notNullValue())
                .body("key", matchesPattern("stmt_[A-Za-z0-9_-]{43}")).body("roles", equalTo(List.of("ingester")))
                .body("created_by", equalTo("key:bootstrap-admin")).extract();
        String id = created.path("id");
        String key = created.path("key");

        TestCredentials.bearer(key).get("/statements?limit=1").then().statusCode(200);
        TestCredentials.bearer(key).contentType(ContentType.JSON).body("{}").post("/outlets").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        String listed = RestAssured.get("/api-keys").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.key", everyItem(nullValue()))
                .extract().asString();
        assertEquals(false, listed.contains(key), "the secret is never listed");
        RestAssured.get("/api-keys").then().body("items.find { it.id == '%s' }.last_used_at".formatted(id), notNullValue())
                .body("items.find { it.id == '%s' }.key_hint".formatted(id), equalTo(key.substring(0, 9)));

        RestAssured.delete("/api-keys/" + id).then().statusCode(204);
        TestCredentials.bearer(key).get("/statements?limit=1").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).body("detail", equalTo("The API key was revoked"));
        RestAssured.get("/api-keys").then().body("items.find { it.id == '%s' }.revoked_at".formatted(id), notNullValue());
    }

    @Test
    void anExpiredKeyIsRefused() throws InterruptedException {
        String key = RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("name", "short-lived", "roles", List.of("reader"),
                        "expires_at", Instant.now().plusSeconds(2).toString()))
                .post("/api-keys").then().statusCode(201).extract().path("key");
        TestCredentials.bearer(key).get("/outlets").then().statusCode(200);
        Thread.sleep(2500);
        TestCredentials.bearer(key).get("/outlets").then().statusCode(401).body("detail", equalTo("The API key expired"));
    }

    @Test
    void badKeyRequestsAreRefusedAndOnlyAdminsManageKeys() {
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("name", "x", "roles", List.of("owner")))
                .post("/api-keys").then().statusCode(400);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("name", "x", "roles", List.of("reader"),
                "expires_at", "2020-01-01T00:00:00Z")).post("/api-keys").then().statusCode(400)
                .body("errors[0].field", equalTo("expires_at"));
        TestCredentials.as(Roles.EDITOR).get("/api-keys").then().statusCode(403);
        TestCredentials.anonymous().get("/api-keys").then().statusCode(401);
    }

    @Test
    void everyWriteRecordsWhoMadeItAndTheFeedFiltersByActor() {
        String editorToken = TestTokens.token("nora", List.of(Roles.EDITOR));
        String tokenActor = "user:nora (" + TestTokens.subject("nora") + ")";
        ExtractableResponse<Response> created = TestCredentials.bearer(editorToken).contentType(ContentType.JSON)
                .body(Fixtures.statement("The pier reopens in May " + Fixtures.unique("t"), Fixtures.unique("Pier Warden"),
                        Fixtures.domain()))
                .post("/statements").then().statusCode(201)
                .body("created_by", equalTo(tokenActor)).body("updated_by", equalTo(tokenActor)).extract();
        String id = created.path("id");
        String speakerId = created.path("speaker.id");
        RestAssured.get("/speakers/" + speakerId).then().statusCode(200).body("created_by", equalTo(tokenActor));

        String editorKey = TestCredentials.keyFor(Roles.EDITOR);
        TestCredentials.bearer(editorKey).contentType("application/merge-patch+json").body("{\"cue\": \"told\"}")
                .patch("/statements/" + id).then().statusCode(200)
                .body("created_by", equalTo(tokenActor)).body("updated_by", equalTo("key:test-editor"));

        RestAssured.given().queryParam("actor", "user:nora").queryParam("limit", 100).get("/changes").then()
                .statusCode(200).body("items.actor", everyItem(equalTo(tokenActor)))
                .body("items.statement_id", hasItem(id));
        RestAssured.given().queryParam("actor", "key:test-editor").queryParam("limit", 100).get("/changes").then()
                .statusCode(200).body("items.find { it.statement_id == '%s' }.type".formatted(id), equalTo("UPDATED"))
                .body("items.actor", everyItem(equalTo("key:test-editor")));
    }

    @Test
    void bulkImportsRecordTheImportingKey() {
        String ingester = TestCredentials.keyFor(Roles.INGESTER);
        String text = "Night buses run every ten minutes " + Fixtures.unique("b");
        String line = Fixtures.statement(text, Fixtures.unique("Transit Chief"), Fixtures.domain()).replace("\n", " ");
        String id = TestCredentials.bearer(ingester).contentType("application/x-ndjson").accept("application/json")
                .body(line + "\n").post("/statements/bulk").then().statusCode(200)
                .body("items[0].status", equalTo("CREATED")).extract().path("items[0].id");
        RestAssured.get("/statements/" + id).then().statusCode(200)
                .body("created_by", equalTo("key:test-ingester")).body("updated_by", equalTo("key:test-ingester"))
                .body("speaker.id", notNullValue());
        RestAssured.given().queryParam("actor", "key:test-ingester").queryParam("limit", 100).get("/changes").then()
                .body("items.statement_id", hasItem(id));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        RestAssured.get("/statements?limit=1").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        TestCredentials.anonymous().get("/statements").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        RestAssured.get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("Content-Security-Policy", not(startsWith("default-src 'none'")));
    }
}
