package io.statements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into an RFC 9457 problem+json response; never leaks a stack trace. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response api(ApiException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    Response json(JsonProcessingException e, UriInfo uri) {
        if (isSyntaxError(e)) {
            return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON: " + firstLine(e.getOriginalMessage()), path(uri), null));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return invalid(uri, JsonPaths.of(u), "unknown property; allowed: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return invalid(uri, JsonPaths.of(f), "'" + f.getValue() + "' is not one of " + allowed);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return invalid(uri, JsonPaths.of(m), "wrong type or format: " + firstLine(m.getOriginalMessage()));
        }
        return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400,
                "The body is not valid JSON: " + firstLine(e.getOriginalMessage()), path(uri), null));
    }

    /** Declared separately: the built-in mapper for this subtype would otherwise win over {@link #json}. */
    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(JsonPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(ApiException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return respond(new Problem("about:blank", title, status, detail(e, status), path(uri), null));
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) { // platform: restart, failover, no connection to spare
            return DatabaseUnavailable.response(e, path(uri));
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The server failed to process the request; it has been logged", path(uri), null));
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || String.valueOf(t.getMessage()).startsWith("Unexpected end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static String detail(WebApplicationException e, int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "Unsupported media type; send application/json";
            default -> firstLine(e.getMessage());
        };
    }

    private Response invalid(UriInfo uri, String field, String message) {
        return respond(ApiException.invalid(field, message).toProblem(path(uri)));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
