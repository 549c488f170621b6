package io.statements.auth;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/**
 * Declares both security schemes (OIDC access tokens and API keys, both sent as Bearer) and, on every operation
 * that names its roles ({@link Roles#EXTENSION}), the requirement "either scheme" plus the 401, 403 and 429
 * answers, so clients and Swagger UI ("Authorize") know what each operation needs.
 */
public class SecurityContract implements OASFilter {

    static final String TOKEN_SCHEME = "oidc_token";
    static final String KEY_SCHEME = "api_key";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() != null ? openAPI.getComponents() : OASFactory.createComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(TOKEN_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An OIDC access token (JWT) from the configured issuer (QUARKUS_OIDC_AUTH_SERVER_URL); roles "
                        + "come from the token (Keycloak: realm_access.roles)."));
        components.addSecurityScheme(KEY_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("stmt_…")
                .description("An API key created with POST /api-keys (or the bootstrap admin key), sent as Bearer."));
        components.addResponse("Unauthorized", problem("Missing, malformed, unknown, expired or revoked credentials",
                Map.of("WWW-Authenticate", header("Bearer realm=\"statements\", error=\"invalid_token\""))));
        components.addResponse("Forbidden", problem("Authenticated, but none of the caller's roles allows this operation", Map.of()));
        components.addResponse("TooManyRequests", problem("Over the caller's rate-limit budget; retry after Retry-After seconds",
                Map.of("Retry-After", header("7"),
                        "RateLimit-Policy", header("\"writes\";q=120;w=60"),
                        "RateLimit", header("\"writes\";r=0;t=7"))));
        components.addResponse("ServiceUnavailable", problem("The database cannot serve now (restarting, failing over, "
                + "overloaded, or a read ran past statements.search.statement-timeout); retry after Retry-After seconds",
                Map.of("Retry-After", header("5"))));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::secure));
    }

    private void secure(Operation operation) {
        if (operation.getExtensions() == null || !(operation.getExtensions().get(Roles.EXTENSION) instanceof List<?> roles)) {
            return;
        }
        if (roles.contains(Roles.ANYONE)) {
            operation.setSecurity(List.of()); // public: an empty requirement list overrides any global one
            operation.removeExtension(Roles.EXTENSION);
            operation.addExtension(Roles.EXTENSION, List.of(Roles.ANYONE));
            return;
        }
        operation.setSecurity(List.of(requirement(TOKEN_SCHEME), requirement(KEY_SCHEME)));
        APIResponses responses = operation.getResponses();
        // SmallRye copies a method's @Extension onto its responses as well: the roles belong to the operation only
        responses.removeExtension(Roles.EXTENSION);
        responses.getAPIResponses().values().forEach(r -> r.removeExtension(Roles.EXTENSION));
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().removeExtension(Roles.EXTENSION);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> p.removeExtension(Roles.EXTENSION));
        }
        add(responses, "401", "Unauthorized");
        add(responses, "403", "Forbidden");
        add(responses, "429", "TooManyRequests");
        add(responses, "503", "ServiceUnavailable");
        String note = "Roles: " + String.join(" or ", roles.stream().map(String::valueOf).toList())
                + (roles.contains(Roles.ADMIN) ? "." : " (or admin).");
        operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
    }

    private static void add(APIResponses responses, String status, String ref) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static APIResponse problem(String description, Map<String, Header> headers) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        new java.util.TreeMap<>(headers).forEach(response::addHeader); // Map.of iterates in a per-run order
        return response;
    }

    private static Header header(String example) {
        return OASFactory.createHeader().schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .example(example);
    }
}
