package io.statements.apikey;

import io.statements.auth.Roles;
import io.statements.common.ApiDocs;
import io.statements.common.Page;
import io.statements.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api-keys")
@Tag(name = "API keys", description = "Credentials for ingestion jobs and integrations (admin only)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class ApiKeyResource {

    private final ApiKeyService keys;

    ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Extension(name = Roles.EXTENSION, value = Roles.ADMIN_ONLY, parseValue = true)
    @Operation(operationId = "createApiKey", summary = "Create an API key; its secret is in this response only",
            description = "Only a SHA-256 hash of the secret is stored: keep the key from this response, it cannot be "
                    + "shown again. Send it as Authorization: Bearer <key>.")
    @APIResponse(responseCode = "201", description = "Created, with the secret",
            headers = @Header(name = "Location", ref = ApiDocs.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyCreated.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@NotNull @Valid ApiKeyRequest request, UriInfo uri) {
        ApiKeyCreated created = keys.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Extension(name = Roles.EXTENSION, value = Roles.ADMIN_ONLY, parseValue = true)
    @Operation(operationId = "listApiKeys", summary = "All API keys, newest first, without their secrets",
            description = "At most 1000, revoked ones included (revoked_at), so a single page.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyPage.class)))
    public Page<ApiKeyView> list() {
        return new Page<>(keys.list(), null);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Extension(name = Roles.EXTENSION, value = Roles.ADMIN_ONLY, parseValue = true)
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key at once",
            description = "The key authenticates nothing from now on; it stays listed with revoked_at.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public void revoke(@Parameter(description = "The key's id") @PathParam("id") UUID id) {
        keys.revoke(id);
    }

    /** Documentation only: the concrete type of the listing. */
    @Schema(name = "ApiKeyPage")
    record ApiKeyPage(java.util.List<ApiKeyView> items) {
    }
}
