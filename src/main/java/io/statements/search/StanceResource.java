package io.statements.search;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

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

/** Who takes which stance toward whom. */
@Path("/stances")
@Tag(name = "Search")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class StanceResource {

    private final Aggregations aggregations;

    StanceResource(Aggregations aggregations) {
        this.aggregations = aggregations;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "countStances", summary = "Per speaker, how many matching statements SUPPORT, OPPOSE, are NEUTRAL or UNCLEAR toward "
            + "the target (per speaker and target when no target is named)",
            description = "The target is the stance_target filter (repeat it for several spellings or targets).")
    @APIResponse(responseCode = "200", description = "Stance tallies, most statements first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StanceTable.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or invalid value; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StanceTable> stances(@BeanParam FilterParams filters,
                               @QueryParam("limit") @Parameter(description = "Rows, 1 to 100 (default 20)",
                                       example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit,
                               @Context UriInfo uri) {
        return aggregations.stances(filters, limit, uri.getQueryParameters());
    }
}
