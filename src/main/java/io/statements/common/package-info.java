/**
 * Shared plumbing. The {@link OpenAPIDefinition} here (SmallRye reads it only from a package or a JAX-RS
 * Application) declares the contract's shared error responses and headers; {@link ApiDocs} holds their names.
 */
@OpenAPIDefinition(
        info = @Info(title = "Statements API", version = "1.0.0"),
        components = @Components(
                responses = {
                        @APIResponse(name = ApiDocs.BAD_REQUEST, responseCode = "400",
                                description = "Invalid input: a field, query parameter or cursor is wrong; `errors` says which",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "invalid field", value = ApiDocs.EXAMPLE_400))),
                        @APIResponse(name = ApiDocs.NOT_FOUND, responseCode = "404", description = "No resource with this id",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "unknown id", value = ApiDocs.EXAMPLE_404))),
                        @APIResponse(name = ApiDocs.CONFLICT, responseCode = "409",
                                description = "The change conflicts with existing data (a duplicate, or a resource still in use)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "in use", value = ApiDocs.EXAMPLE_409))),
                        @APIResponse(name = ApiDocs.PRECONDITION_FAILED, responseCode = "412",
                                description = "If-Match does not match the current version: read the resource again and retry",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "stale version", value = ApiDocs.EXAMPLE_412))),
                        @APIResponse(name = ApiDocs.PAYLOAD_TOO_LARGE, responseCode = "413",
                                description = "The body exceeds the configured limit (STATEMENTS_MAX_BODY_BYTES)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNPROCESSABLE, responseCode = "422",
                                description = "Well-formed but refers to something that does not exist or does not fit "
                                        + "(an unknown speaker or outlet id, an article URL of another outlet); `errors` says which",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                                description = "The body is not of the media type this operation consumes",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.NOT_MODIFIED, responseCode = "304",
                                description = "Unchanged since the ETag given in If-None-Match; no body")
                },
                headers = {
                        @Header(name = ApiDocs.ETAG, description = "The version of the representation; send it back in If-Match",
                                schema = @Schema(type = SchemaType.STRING,
                                        example = "\"3\"")),
                        @Header(name = ApiDocs.LOCATION, description = "The URL of the created resource",
                                schema = @Schema(type = SchemaType.STRING,
                                        format = "uri"))
                }))
package io.statements.common;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

