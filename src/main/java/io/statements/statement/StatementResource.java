package io.statements.statement;

import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fasterxml.jackson.databind.JsonNode;
import io.statements.common.ApiDocs;
import io.statements.common.ETags;
import io.statements.common.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/statements")
@Tag(name = "Statements", description = "Words attributed to speakers, as reported by outlets")
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

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Operation(operationId = "createStatement", summary = "Create a statement; speaker, outlet and article are resolved or created",
            description = "Name the speaker and outlet by id, or by name/domain to match an existing one or create it. "
                    + "A statement with the same speaker, outlet, article and normalised text already exists: 200 "
                    + "with it, nothing created. With Idempotency-Key, a retry with the same body replays the first "
                    + "response (header Idempotent-Replayed: true); the same key with another body is a 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "direct quote", value = StatementExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = ApiDocs.LOCATION), @Header(name = "ETag", ref = ApiDocs.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class),
                    examples = @ExampleObject(name = "created", value = StatementExamples.RESPONSE)))
    @APIResponse(responseCode = "200", description = "The statement already exists (same natural key), or a replay",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
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
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "getStatement", summary = "Get a statement; If-None-Match with its ETag answers 304 when unchanged")
    @APIResponse(responseCode = "200", description = "The statement",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class),
                    examples = @ExampleObject(name = "a statement", value = StatementExamples.RESPONSE)))
    @APIResponse(responseCode = "304", ref = ApiDocs.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response get(@Parameter(description = "The statement's id") @PathParam("id") UUID id,
                        @Parameter(description = "An ETag you hold") @HeaderParam("If-None-Match") String ifNoneMatch,
                        Request request) {
        StatementResponse statement = service.get(id);
        EntityTag tag = ETags.of(statement.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(statement)).tag(tag).build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "replaceStatement", summary = "Replace a statement; send If-Match with the ETag you read to avoid lost updates")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "corrected quote", value = StatementExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The replaced statement, with its new version",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response replace(@Parameter(description = "The statement's id") @PathParam("id") UUID id,
                            @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid StatementRequest request) {
        return withTag(service.replace(id, request, ETags.ifMatch(ifMatch)));
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "patchStatement", summary = "Change some fields of a statement (JSON Merge Patch); honours If-Match",
            description = "RFC 7396: fields present are set, fields given as null are cleared, others are kept.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = StatementPatch.class),
            examples = @ExampleObject(name = "clear the stance target", value = StatementExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The changed statement, with its new version",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response patch(@Parameter(description = "The statement's id") @PathParam("id") UUID id,
                          @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                          @NotNull JsonNode patch) {
        return withTag(service.patch(id, patch, ETags.ifMatch(ifMatch)));
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "deleteStatement", summary = "Delete a statement; honours If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public void delete(@Parameter(description = "The statement's id") @PathParam("id") UUID id,
                       @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ETags.ifMatch(ifMatch));
    }

    private static Response withTag(StatementResponse statement) {
        return Response.ok(statement).tag(ETags.of(statement.version())).build();
    }
}
