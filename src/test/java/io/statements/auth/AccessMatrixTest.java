package io.statements.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.statements.support.Contract;
import io.statements.support.TestCredentials;
import io.statements.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the committed contract, called by every kind of caller: it must name its roles
 * (x-required-roles, so an endpoint added without a security decision fails here), refuse missing and bad
 * credentials with 401, wrong roles with 403 (both problem+json), and let the right roles through.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** HTTP/1.1: the default HTTP/2 client would first try an h2c upgrade, which is not what API clients do. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Operation(String method, String path, List<String> roles, String contentType) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** What a caller presents and what it may do. */
    record Caller(String name, String authorization, String role) {
        boolean mayCall(Operation op) {
            if (op.roles().contains(Roles.ANYONE)) {
                return true;
            }
            if (role == null) {
                return false;
            }
            return role.equals(Roles.ADMIN) || op.roles().contains(role)
                    || (op.roles().contains(Roles.READER) && (role.equals(Roles.EDITOR) || role.equals(Roles.INGESTER)));
        }
    }

    static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = Contract.committed().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> method = m.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                method.getValue().path(Roles.EXTENSION).forEach(r -> roles.add(r.asText()));
                JsonNode content = method.getValue().path("requestBody").path("content");
                String type = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                ops.add(new Operation(method.getKey(), path.getKey(), roles, type));
            }
        }
        return ops;
    }

    @Test
    void everyOperationDeclaresItsRolesAndBothSchemes() {
        List<Operation> ops = operations();
        assertTrue(ops.size() >= 29, "the contract lists the API's operations: " + ops);
        List<String> undecided = ops.stream().filter(op -> op.roles().isEmpty()).map(Operation::toString).toList();
        assertEquals(List.of(), undecided, "operations without x-required-roles (add @RolesAllowed and the extension)");
        JsonNode schemes = Contract.committed().path("components").path("securitySchemes");
        assertTrue(schemes.has("oidc_token") && schemes.has("api_key"), schemes.toString());
    }

    @Test
    void everyCallerGetsWhatItsRolesAllow() throws Exception {
        List<Caller> callers = callers();
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            for (Caller caller : callers) {
                HttpResponse<InputStream> response;
                try {
                    response = send(op, caller.authorization());
                } catch (java.io.IOException e) {
                    wrong.add("%s as %s: no answer (%s)".formatted(op, caller.name(), e));
                    continue;
                }
                int status = response.statusCode();
                String type = response.headers().firstValue("Content-Type").orElse("");
                String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
                response.body().close();
                String expected;
                boolean ok;
                // public pages need no credentials, but credentials that are presented are still checked (401)
                boolean publicAndAnonymous = op.roles().contains(Roles.ANYONE) && caller.authorization() == null;
                if (caller.role() == null && !publicAndAnonymous) {
                    expected = "401 problem+json with WWW-Authenticate: Bearer";
                    ok = status == 401 && type.startsWith("application/problem+json") && challenge.startsWith("Bearer");
                } else if (caller.mayCall(op)) {
                    expected = "neither 401 nor 403 nor 5xx";
                    ok = status != 401 && status != 403 && status < 500;
                } else {
                    expected = "403 problem+json";
                    ok = status == 403 && type.startsWith("application/problem+json");
                }
                if (!ok) {
                    wrong.add("%s as %s: %d (%s), expected %s".formatted(op, caller.name(), status, type, expected));
                }
            }
        }
        assertEquals(List.of(), wrong, "access decisions that differ from the contract's x-required-roles");
    }

    private List<Caller> callers() {
        String revoked = createKey("matrix-revoked", Roles.ADMIN);
        RestAssured.given().delete("/api-keys/" + idOf(revoked)).then().statusCode(204);
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", null, null));
        for (String role : Roles.ALL) {
            callers.add(new Caller(role + " key", "Bearer " + TestCredentials.keyFor(role), role));
        }
        callers.add(new Caller("editor token", "Bearer " + TestTokens.token("ed", List.of(Roles.EDITOR)), Roles.EDITOR));
        callers.add(new Caller("reader token", "Bearer " + TestTokens.token("re", List.of(Roles.READER)), Roles.READER));
        callers.add(new Caller("expired admin token", "Bearer " + TestTokens.expired("old", List.of(Roles.ADMIN)), null));
        callers.add(new Caller("admin token of another issuer", "Bearer "
                + TestTokens.fromOtherIssuer("mallory", List.of(Roles.ADMIN)), null));
        callers.add(new Caller("revoked admin key", "Bearer " + revoked.split(" ")[1], null));
        callers.add(new Caller("unknown key", "Bearer stmt_" + UUID.randomUUID() + UUID.randomUUID(), null));
        callers.add(new Caller("malformed token", "Bearer not-a-token", null));
        return callers;
    }

    /** "id secret" of a new key. */
    private String createKey(String name, String role) {
        var body = RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "roles", List.of(role))).post("/api-keys")
                .then().statusCode(201).extract();
        return body.path("id") + " " + body.path("key");
    }

    private static String idOf(String idAndKey) {
        return idAndKey.split(" ")[0];
    }

    private HttpResponse<InputStream> send(Operation op, String authorization) throws Exception {
        String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (op.contentType() != null) {
            String body = op.contentType().contains("ndjson") ? "{}\n" : "{}";
            request.header("Content-Type", op.contentType())
                    .method(op.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(op.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        // streams (the SSE feed, exports) are judged by their status line: the body is closed unread
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
