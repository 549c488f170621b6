package io.statements.statement;

import com.fasterxml.jackson.databind.JsonNode;
import io.statements.common.ETags;
import io.statements.common.Page;
import io.statements.common.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.statements.ingest.IdempotentCreate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/statements")
@Tag(name = "Statements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class StatementResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final StatementService service;
    private final IdempotentCreate creates;

    StatementResource(StatementService service, IdempotentCreate creates) {
        this.service = service;
        this.creates = creates;
    }

    @GET
    @Operation(summary = "List statements, newest first, with cursor paging")
    public Page<StatementResponse> list(@QueryParam("cursor") @Size(max = 2000) String cursor,
                                        @QueryParam("limit") Integer limit) {
        return service.list(cursor, limit);
    }

    @POST
    @Operation(summary = "Create a statement; speaker, outlet and article are resolved or created",
            description = "A statement with the same speaker, outlet, article and normalised text already exists: 200 "
                    + "with it, nothing created. With Idempotency-Key, a retry with the same body replays the first "
                    + "response (header Idempotent-Replayed: true); the same key with another body is a 422.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "200", description = "The statement already exists (same natural key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown reference, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response for 24 hours",
                    example = "4f1c2a9e-6d0b-4c36-9a57-2f1e8b7d3c10")
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid StatementRequest request, UriInfo uri) {
        IdempotentCreate.Outcome outcome = creates.create(request, idempotencyKey);
        Response.ResponseBuilder response = Response.status(outcome.status()).tag(ETags.of(outcome.version()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(outcome.body());
        if (outcome.status() == 201) {
            response.location(uri.getAbsolutePathBuilder().path(outcome.id().toString()).build());
        }
        return (outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a statement; If-None-Match with its ETag answers 304 when unchanged")
    public Response get(@PathParam("id") UUID id, Request request) {
        StatementResponse statement = service.get(id);
        EntityTag tag = ETags.of(statement.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(statement)).tag(tag).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a statement; send If-Match with the ETag you read to avoid lost updates")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid StatementRequest request) {
        return withTag(service.replace(id, request, ETags.ifMatch(ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change some fields of a statement (JSON Merge Patch); honours If-Match")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull JsonNode patch) {
        return withTag(service.patch(id, patch, ETags.ifMatch(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a statement; honours If-Match")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ETags.ifMatch(ifMatch));
    }

    private static Response withTag(StatementResponse statement) {
        return Response.ok(statement).tag(ETags.of(statement.version())).build();
    }
}
