package io.statements.support;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every test request carries credentials unless it says otherwise: a RestAssured filter (installed for every test
 * by {@link ContractValidation}) adds the bootstrap admin key when a request has no Authorization header. Tests
 * that are about access send {@link #anonymous()} or {@link #as(String)} a role's own API key.
 */
public final class TestCredentials implements OrderedFilter {

    /** The bootstrap admin key of the test profile ({@link AuthTestResource}). */
    public static final String ADMIN_KEY = "stmt_test-bootstrap-admin-0123456789abcdefghijklmnop";
    /** Header value that asks the filter to send no credentials at all. */
    static final String NONE = "none (test: anonymous)";
    private static final String AUTHORIZATION = "Authorization";
    /** Keys per service instance (base URI and port) and role; a restarted service gets new ones. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** A request without credentials. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().header(AUTHORIZATION, NONE);
    }

    /** A request with an API key holding only this role. */
    public static RequestSpecification as(String role) {
        return RestAssured.given().header(AUTHORIZATION, "Bearer " + keyFor(role));
    }

    /** A request with this bearer credential (a token or a key). */
    public static RequestSpecification bearer(String credential) {
        return RestAssured.given().header(AUTHORIZATION, "Bearer " + credential);
    }

    /** The secret of an API key with only this role, created once per service instance with the admin key. */
    public static String keyFor(String role) {
        return KEYS.computeIfAbsent(RestAssured.baseURI + ":" + RestAssured.port + "/" + role,
                k -> RestAssured.given().header(AUTHORIZATION, "Bearer " + ADMIN_KEY).contentType(ContentType.JSON)
                        .body(Map.of("name", "test-" + role, "roles", List.of(role)))
                        .post("/api-keys").then().statusCode(201).extract().path("key"));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String given = request.getHeaders().getValue(AUTHORIZATION);
        if (NONE.equals(given)) {
            request.removeHeader(AUTHORIZATION);
        } else if (given == null) {
            request.header(AUTHORIZATION, "Bearer " + ADMIN_KEY);
        }
        return context.next(request, response);
    }

    /** Before the contract check, which validates the request as it is sent. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
