package io.statements.article.evidence;

import io.statements.auth.Roles;
import io.statements.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Read side of articles; POST /articles (store and extract) is ArticleIngestResource. */
@Path("/articles")
@Tag(name = "Articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class ArticleResource {

    private final ArticleViews views;

    ArticleResource(ArticleViews views) {
        this.views = views;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Path("/{id}")
    @Operation(operationId = "getArticle", summary = "Get an article with its statements and their evidence",
            description = "Offsets are Unicode code point offsets into the article text as submitted.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No article has this id (or the id is not a UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleResponse get(@PathParam("id") UUID id) {
        return views.get(id);
    }
}
