package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.statements.common.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** When the matching statements were reported: the web page's timeline. */
@Path("/statements/timeline")
@Tag(name = "Search")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class TimelineResource {

    private final Timelines timelines;

    TimelineResource(Timelines timelines) {
        this.timelines = timelines;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "getStatementTimeline", summary = "Statements per day, week or month over the statements matching the filters (the same "
            + "filters as GET /statements); statements without reported_at are not counted")
    @APIResponse(responseCode = "200", description = "Counts per period, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or invalid value; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Timeline> timeline(@BeanParam FilterParams filters,
                             @QueryParam("interval") @Parameter(description = "DAY, WEEK or MONTH; by default the "
                                     + "finest of them giving at most " + Timelines.AUTO_MAX_BUCKETS + " periods",
                                     example = "WEEK") String interval,
                             @Context UriInfo uri) {
        return timelines.timeline(filters, interval, uri.getQueryParameters());
    }
}
