package io.statements.outlet;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/outlets")
@Tag(name = "Outlets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class OutletResource {

    private final OutletService service;

    OutletResource(OutletService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List outlets, newest first; filter by domain")
    public Page<OutletResponse> list(@QueryParam("domain") @Size(max = 253) String domain,
                                      @QueryParam("cursor") @Size(max = 2000) @Parameter(description = "next_cursor of the previous page") String cursor,
                                      @QueryParam("limit") @Parameter(description = "Page size, 1 to 100 (default 20)",
                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        return service.list(domain, cursor, limit);
    }

    @POST
    @Operation(summary = "Create an outlet")
    public Response create(@NotNull @Valid OutletRequest request, UriInfo uri) {
        OutletResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an outlet")
    public Response get(@PathParam("id") UUID id) {
        OutletResponse outlet = service.get(id);
        return Response.ok(outlet).tag(ETags.of(outlet.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an outlet; send If-Match with the ETag you read to avoid lost updates")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid OutletRequest request) {
        OutletResponse outlet = service.replace(id, request, ETags.ifMatch(ifMatch));
        return Response.ok(outlet).tag(ETags.of(outlet.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an outlet that no statement or article uses (409 otherwise)")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
