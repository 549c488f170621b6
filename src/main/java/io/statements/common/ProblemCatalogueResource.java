package io.statements.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.util.Arrays;
import java.util.List;

/** Serves the problem type catalogue, so every problem's {@code type} URL resolves to what it means. */
@Path("/problems")
@Tag(name = "Problems", description = "The catalogue of error types: every error's `type` is one of these URLs")
class ProblemCatalogueResource {

    /** One catalogued problem type. */
    @Schema(name = "ProblemTypeDescription", description = "A kind of error the API answers with")
    record Entry(@Schema(required = true, format = "uri", example = "http://localhost:8080/problems/validation") String type,
                 @Schema(required = true, example = "Invalid request") String title,
                 @Schema(required = true, example = "400") int status,
                 @Schema(required = true, description = "What it means and what to do") String description) {

        static Entry of(ProblemType type) {
            return new Entry(ProblemTypeUris.absolute(type.uri()), type.title(), type.status(), type.description());
        }
    }

    @GET
    @PermitAll
    // public, like any documentation page (the auth package's Roles.ANYONE; named here to keep common free of auth)
    @Extension(name = "x-required-roles", value = "[\"anyone\"]", parseValue = true)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProblemTypes", summary = "Every problem type the API answers with")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Entry[].class)))
    public List<Entry> list() {
        return Arrays.stream(ProblemType.values()).map(Entry::of).toList();
    }

    @GET
    @PermitAll
    // public, like any documentation page (the auth package's Roles.ANYONE; named here to keep common free of auth)
    @Extension(name = "x-required-roles", value = "[\"anyone\"]", parseValue = true)
    @Path("/{slug}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getProblemType", summary = "What one problem type means: an HTML page, or JSON")
    @APIResponse(responseCode = "200", description = "The description", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Entry.class))})
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Object get(@Parameter(description = "The last segment of a problem type URL", example = "validation")
                      @PathParam("slug") String slug, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        ProblemType type = ProblemType.bySlug(slug);
        if (type == null) {
            throw ApiException.notFound("Problem type", slug.length() > 60 ? slug.substring(0, 60) + "…" : slug);
        }
        boolean json = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()).orElse(false);
        if (json) {
            return jakarta.ws.rs.core.Response.ok(Entry.of(type), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return jakarta.ws.rs.core.Response.ok(html(type), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String html(ProblemType type) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s (%2$d) - Statements API</title></head>
                <body><main>
                <h1>%1$s</h1>
                <p>HTTP status <strong>%2$d</strong>. Problem type <code>%3$s</code>.</p>
                <p>%4$s</p>
                <p>Every error of the Statements API is an <code>application/problem+json</code> body (RFC 9457) with
                <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code>
                and, for invalid input, <code>errors</code>. <a href="%5$s">All problem types</a>.</p>
                </main></body></html>
                """.formatted(escape(type.title()), type.status(), escape(ProblemTypeUris.absolute(type.uri())),
                escape(type.description()).replaceAll("`([^`]*)`", "<code>$1</code>"), escape(ProblemTypeUris.base() + "/problems"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
