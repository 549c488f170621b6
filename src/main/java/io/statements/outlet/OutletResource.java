package io.statements.outlet;

import io.smallrye.mutiny.Uni;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.statements.common.ApiDocs;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/outlets")
@Tag(name = "Outlets", description = "News outlets that report statements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class OutletResource {

    private final OutletService service;
    private final OutletList outlets;

    OutletResource(OutletService service, OutletList outlets) {
        this.service = service;
        this.outlets = outlets;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "listOutlets", summary = "List outlets, newest first; filter by domain")
    @APIResponse(responseCode = "200", description = "One page of outlets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletPage.class),
                    examples = @ExampleObject(name = "example", value = OutletExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Page<OutletResponse>> list(@Parameter(description = "The outlet's domain, without www.", example = "example-news.com") @QueryParam("domain") @Size(max = 253) String domain,
                                      @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") @Size(max = 2000) String cursor,
                                      @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit) {
        return outlets.list(domain, cursor, limit);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Operation(operationId = "createOutlet", summary = "Create an outlet")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "new outlet", value = OutletExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = ApiDocs.LOCATION), @Header(name = "ETag", ref = ApiDocs.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletResponse.class),
                    examples = @ExampleObject(name = "example", value = OutletExamples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@NotNull @Valid OutletRequest request, UriInfo uri) {
        OutletResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "getOutlet", summary = "Get an outlet")
    @APIResponse(responseCode = "200", description = "The outlet",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletResponse.class),
                    examples = @ExampleObject(name = "example", value = OutletExamples.RESPONSE)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response get(@Parameter(description = "The outlet's id") @PathParam("id") UUID id) {
        OutletResponse outlet = service.get(id);
        return Response.ok(outlet).tag(ETags.of(outlet.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "replaceOutlet", summary = "Replace an outlet; send If-Match with the ETag you read to avoid lost updates")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "replacement", value = OutletExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The replaced outlet, with its new version",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response replace(@Parameter(description = "The outlet's id") @PathParam("id") UUID id, @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid OutletRequest request) {
        OutletResponse outlet = service.replace(id, request, ETags.ifMatch(ifMatch));
        return Response.ok(outlet).tag(ETags.of(outlet.version())).build();
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "deleteOutlet", summary = "Delete an outlet that no statement or article uses (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    public void delete(@Parameter(description = "The outlet's id") @PathParam("id") UUID id,
                       @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ETags.ifMatch(ifMatch));
    }
}
