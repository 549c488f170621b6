package io.statements.article.evidence;

import io.statements.auth.Roles;
import io.statements.common.Problem;
import io.statements.extraction.ExtractionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Write side of articles (extract, review, store); GET /articles/{id} is ArticleResource. */
@Path("/articles")
@Tag(name = "Articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class ArticleIngestResource {

    private final ArticleIngestService service;

    ArticleIngestResource(ArticleIngestService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.INGESTER})
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_OR_INGESTER, parseValue = true)
    @Operation(operationId = "createArticle", summary = "Store an article and the statements extracted from it (idempotent by url)",
            description = "Extracts like POST /extractions and stores the article with its text and every statement "
                    + "that has a speaker (origin EXTRACTED; speakers are matched by name or alias, or created "
                    + "from a name, never from a pronoun, a title alone or a document). min_confidence and statements "
                    + "select what is stored; dry_run=true answers what would be stored without storing. "
                    + "The same url again returns the stored article unchanged with 200. Offsets are Unicode code "
                    + "point offsets into the submitted text. Statement text is stored up to 10,000 characters.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, blank text, missing outlet or url, an "
            + "unsupported language or another invalid field (named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB or text over 1,000,000 code points",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The url belongs to an article of another outlet, or "
            + "outlet.id names no outlet", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "An article with this url was already stored: it is returned "
            + "as stored; or, with dry_run=true, what would be stored (ArticleIngestPlan), storing nothing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {ArticleResponse.class, ArticleIngestPlan.class})))
    public Response ingest(@NotNull @Valid ExtractionRequest request, UriInfo uri,
                           @QueryParam("min_confidence") @Parameter(description = "Store only statements with at "
                                   + "least this confidence, 0 to 1 (default 0)",
                                   schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
                           String minConfidence,
                           @QueryParam("statements") @Parameter(description = "Comma-separated indexes of the "
                                   + "statements to store, as POST /extractions returned them for the same text "
                                   + "(default: all)", example = "0,2,3") String statements,
                           @QueryParam("dry_run") @Parameter(description = "true: answer what would be stored and "
                                   + "which speakers would be matched or created, storing nothing",
                                   schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        Object answer = service.ingest(request, ArticleReview.of(minConfidence, statements, dryRun));
        if (answer instanceof ArticleIngestPlan plan) {
            return Response.ok(plan).build();
        }
        ArticleIngestService.Ingested result = (ArticleIngestService.Ingested) answer;
        if (!result.created()) {
            return Response.ok(result.article()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(result.article().id().toString()).build())
                .entity(result.article()).build();
    }
}
