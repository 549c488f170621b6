package io.statements.change;

import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.common.Problem;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Tag(name = "Changes")
class ChangeResource {

    private final ChangeFeed feed;
    private final ChangeStreams streams;

    ChangeResource(ChangeFeed feed, ChangeStreams streams) {
        this.feed = feed;
        this.streams = streams;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "listChanges", summary = "Every create, update, delete and speaker merge of statements, in commit order",
            description = "Follow next_cursor (always present: poll again with it) to see every change exactly once.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor (possibly none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ChangeEvent> list(
            @Parameter(description = "Return changes after this cursor; absent: from the beginning; "
                    + "latest: from the current end (only changes yet to come)") @QueryParam("after") @Size(max = 200) String after,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Only changes made by this actor: the whole actor string (key:ingest-bot), "
                    + "or its part before the subject (user:alice)", example = "key:ingest-bot")
            @QueryParam("actor") @Size(max = 400) String actor) {
        return feed.page(feed.seqOf(after, "after"), Paging.limit(limit),
                actor == null || actor.isBlank() ? null : actor.strip());
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "The change feed as Server-Sent Events",
            description = "Each event is named change (event: change; with EventSource listen with "
                    + "addEventListener('change', ...), not onmessage), has id = the change's cursor and data = one "
                    + "Change as JSON (schema Change). Comment lines keep idle streams open. Reconnect with "
                    + "Last-Event-ID (or after=) to resume without missing or repeating a change.")
    @APIResponse(responseCode = "200", description = "An endless event stream of events named change whose data is a Change",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ChangeEvent.class),
                    // the example is one event's data (what the schema describes); the wire framing around it
                    // (event: change, id: <cursor>, data: <this>) is in the description
                    examples = @ExampleObject(name = "one event's data", description = "Sent as: event: change, "
                            + "id: djEfY2hhbmdlcx8xMjM, data: this object on one line",
                            value = "{\"cursor\":\"djEfY2hhbmdlcx8xMjM\",\"seq\":123,\"type\":\"DELETED\","
                            + "\"statement_id\":\"0192f5c4-8d1e-7c3a-9f00-1a2b3c4d5e6f\","
                            + "\"changed_at\":\"2024-03-01T08:00:00Z\",\"tombstone\":true}")))
    @APIResponse(responseCode = "400", description = "Malformed Last-Event-ID or after",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many open streams",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(
            @Parameter(description = "Resume after this event id (sent by EventSource clients on reconnect)")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Start after this cursor when there is no Last-Event-ID; absent: from the beginning; "
                    + "latest: only changes yet to come")
            @QueryParam("after") String after,
            @Context SseEventSink sink, @Context Sse sse) {
        long seq = lastEventId != null && !lastEventId.isBlank()
                ? feed.seqOf(lastEventId, "Last-Event-ID") : feed.seqOf(after, "after");
        streams.open(sink, sse, seq);
    }

    /** Documentation only: the concrete type of a page of changes. */
    @Schema(name = "ChangePage", requiredProperties = {"items", "next_cursor"},
            description = "Changes after the cursor; next_cursor is always present: poll again with it")
    record ChangePage(java.util.List<ChangeEvent> items, String nextCursor) {
    }
}
