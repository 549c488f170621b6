package io.statements.speaker;

import io.statements.common.ApiException;
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

@Path("/speakers")
@Tag(name = "Speakers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class SpeakerResource {

    private final SpeakerService service;
    private final SpeakerSuggestions suggestions;

    SpeakerResource(SpeakerService service, SpeakerSuggestions suggestions) {
        this.service = service;
        this.suggestions = suggestions;
    }

    @GET
    @Operation(summary = "List speakers, newest first; filter by exact name or alias with name; "
            + "with q, autocomplete: at most 10 speakers whose name or alias matches the typed text, best first")
    public Page<SpeakerResponse> list(@QueryParam("name") @Size(max = 300) String name,
                                      @QueryParam("q") @Parameter(description = "Autocomplete text: word prefixes "
                                              + "of names and aliases, typo-tolerant (trigram); not combinable with "
                                              + "name or cursor", example = "puti") String q,
                                      @QueryParam("cursor") @Size(max = 2000) @Parameter(description = "next_cursor of the previous page") String cursor,
                                      @QueryParam("limit") @Parameter(description = "Page size, 1 to 100 (default 20; at most 10 with q)",
                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        if (q != null) {
            if (name != null || cursor != null) {
                throw ApiException.invalid(name != null ? "name" : "cursor", "cannot be combined with q");
            }
            return suggestions.suggest(q, limit);
        }
        return service.list(name, cursor, limit);
    }

    @POST
    @Operation(summary = "Create a speaker")
    public Response create(@NotNull @Valid SpeakerRequest request, UriInfo uri) {
        SpeakerResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a speaker")
    public Response get(@PathParam("id") UUID id) {
        SpeakerResponse speaker = service.get(id);
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a speaker; send If-Match with the ETag you read to avoid lost updates")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid SpeakerRequest request) {
        SpeakerResponse speaker = service.replace(id, request, ETags.ifMatch(ifMatch));
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a speaker that no statement uses (409 otherwise)")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge a duplicate speaker into this one: its statements move here, its names become aliases")
    public Response merge(@PathParam("id") UUID id, @NotNull @Valid MergeRequest request) {
        SpeakerResponse speaker = service.merge(id, request.from());
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }
}
