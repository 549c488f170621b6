package io.statements.extraction;

import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.statements.common.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/extractions")
@Tag(name = "Extraction")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class ExtractionResource {

    private final ExtractionService service;

    ExtractionResource(ExtractionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.INGESTER)
    @Extension(name = Roles.EXTENSION, value = Roles.INGESTER_ONLY, parseValue = true)
    @Operation(operationId = "extractStatements", summary = "Find who said what in an article's text, storing nothing",
            description = "Returns direct quotes, partial quotes and reported speech with cue, speaker mention, "
                    + "resolved speaker (with the id of a stored speaker whose name or alias matches), channel, "
                    + "intermediary and confidence. English only. All offsets are Unicode code point offsets "
                    + "into the submitted text, end exclusive (Java strings count UTF-16 units). Outlet and url "
                    + "are optional here.")
    @APIResponse(responseCode = "200", description = "The statements found, in text order (possibly none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtractionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, blank text, an unsupported language or "
            + "another invalid field (named in errors)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB or text over 1,000,000 code points",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractionResponse extract(@NotNull @Valid ExtractionRequest request) {
        return service.extract(request);
    }
}
