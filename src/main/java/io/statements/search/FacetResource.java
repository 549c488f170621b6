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

import java.util.List;

/** The search sidebar: facet counts over the statements a search matches. */
@Path("/statements/facets")
@Tag(name = "Search")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class FacetResource {

    private final Aggregations aggregations;

    FacetResource(Aggregations aggregations) {
        this.aggregations = aggregations;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "countFacets", summary = "Facet counts over the statements matching the filters (the same filters as GET /statements)")
    @APIResponse(responseCode = "200", description = "Top 20 values of each requested facet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Facets.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or invalid value; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Facets> facets(@BeanParam FilterParams filters,
                         @QueryParam("facet") @Parameter(description = "Facets to count (default all)", example = "[\"speaker\", \"stance\"]",
                                 schema = @Schema(type = SchemaType.ARRAY, implementation = FacetName.class))
                         List<String> facet,
                         @QueryParam("collapse") @Parameter(description = "utterance: count utterances (one thing"
                                 + " said on one occasion) rather than statements (its reports)",
                                 example = "utterance", schema = @Schema(enumeration = {"utterance"})) String collapse,
                         @Context UriInfo uri) {
        return aggregations.facets(filters, facet, collapse, uri.getQueryParameters());
    }

    /** Documentation only: the values of the facet parameter (lower case, the names of the fields they count). */
    @Schema(name = "FacetName")
    @SuppressWarnings("java:S115") // constants spelled as the parameter values they document
    enum FacetName { speaker, outlet, stance, stance_target, channel, topic, language }
}
