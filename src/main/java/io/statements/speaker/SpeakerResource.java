package io.statements.speaker;

import io.smallrye.mutiny.Uni;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.statements.common.ApiDocs;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/speakers")
@Tag(name = "Speakers", description = "People, organisations and groups to whom statements are attributed")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class SpeakerResource {

    private final SpeakerService service;
    private final SpeakerList speakers;
    private final SpeakerSuggestions suggestions;

    SpeakerResource(SpeakerService service, SpeakerList speakers, SpeakerSuggestions suggestions) {
        this.service = service;
        this.speakers = speakers;
        this.suggestions = suggestions;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "listSpeakers", summary = "List speakers, newest first; filter by exact name or alias with "
            + "name; with q, autocomplete: at most 10 speakers whose name or alias matches the typed text, best first")
    @APIResponse(responseCode = "200", description = "One page of speakers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerPage.class),
                    examples = @ExampleObject(name = "example", value = SpeakerExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Page<SpeakerResponse>> list(@Parameter(description = "Exact name or alias, ignoring case, accents and punctuation; not with q") @QueryParam("name") @Size(max = 300) String name,
                                      @QueryParam("q") @Parameter(description = "Autocomplete text: word prefixes "
                                              + "of names and aliases, typo-tolerant (trigram); not combinable with "
                                              + "name or cursor", example = "puti") String q,
                                      @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") @Size(max = 2000) String cursor,
                                      @Parameter(description = ApiDocs.LIMIT + "; at most 10 with q", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit) {
        if (q != null) {
            if (name != null || cursor != null) {
                throw ApiException.invalid(name != null ? "name" : "cursor", "cannot be combined with q");
            }
            return suggestions.suggest(q, limit);
        }
        return speakers.list(name, cursor, limit);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Operation(operationId = "createSpeaker", summary = "Create a speaker")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "new speaker", value = SpeakerExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = ApiDocs.LOCATION), @Header(name = "ETag", ref = ApiDocs.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerResponse.class),
                    examples = @ExampleObject(name = "example", value = SpeakerExamples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@NotNull @Valid SpeakerRequest request, UriInfo uri) {
        SpeakerResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "getSpeaker", summary = "Get a speaker")
    @APIResponse(responseCode = "200", description = "The speaker",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerResponse.class),
                    examples = @ExampleObject(name = "example", value = SpeakerExamples.RESPONSE)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response get(@Parameter(description = "The speaker's id") @PathParam("id") UUID id) {
        SpeakerResponse speaker = service.get(id);
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "replaceSpeaker", summary = "Replace a speaker; send If-Match with the ETag you read to avoid lost updates")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "replacement", value = SpeakerExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The replaced speaker, with its new version",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response replace(@Parameter(description = "The speaker's id") @PathParam("id") UUID id, @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid SpeakerRequest request) {
        SpeakerResponse speaker = service.replace(id, request, ETags.ifMatch(ifMatch));
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "deleteSpeaker", summary = "Delete a speaker that no statement uses (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    public void delete(@Parameter(description = "The speaker's id") @PathParam("id") UUID id,
                       @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ETags.ifMatch(ifMatch));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("/{id}/merge")
    @Operation(operationId = "mergeSpeakers", summary = "Merge a duplicate speaker into this one: its statements move here, its names become aliases")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "duplicate", value = SpeakerExamples.MERGE)))
    @APIResponse(responseCode = "200", description = "The surviving speaker, with the merged names as aliases",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response merge(@Parameter(description = "The speaker's id") @PathParam("id") UUID id, @NotNull @Valid MergeRequest request) {
        SpeakerResponse speaker = service.merge(id, request.from());
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }
}
