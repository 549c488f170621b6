package io.statements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Turns every failure into an RFC 9457 problem+json response; never leaks a stack trace or a class name. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A Java class or package name, or an exception's: never shown to a client. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|io|org|com|net|sun)\\.(?:[a-z0-9_]+\\.)*[A-Z][\\w$]*|\\b[A-Z]\\w*(?:Exception|Error)\\b|`[^`]*`");

    private final ConsumedMediaTypes consumed;

    ProblemMappers(ConsumedMediaTypes consumed) {
        this.consumed = consumed;
    }

    @ServerExceptionMapper
    Response api(ApiException e, UriInfo uri) {
        return respond(e, path(uri));
    }

    @ServerExceptionMapper
    Response json(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e, "body"), path(uri));
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
        return respond(ApiException.invalid(errors), path(uri));
    }

    @ServerExceptionMapper
    Response unsupported(NotSupportedException e, UriInfo uri, Request request) {
        String expected = consumed.describe(request.getMethod(), path(uri));
        return respond(new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported Content-Type; send " + expected, null), path(uri));
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return json(j, uri);
            }
            if (t instanceof ApiException a) {
                return respond(a, path(uri));
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = type != null ? type.title() : known != null ? known.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder response = builder(new Problem(type == null ? "about:blank" : type.uri(), title,
                status, detail(e, status), path(uri), null));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseUnavailable.isCause(e)) { // platform: restart, failover, no connection to spare
            return DatabaseUnavailable.response(e, path(uri));
        }
        ApiException known = PersistenceProblems.classify(e, headers != null && headers.getHeaderString("If-Match") != null);
        if (known != null) {
            LOG.debugf("Database refused a change on %s: %s", path(uri), e);
            return respond(known, path(uri));
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(new ApiException(ProblemType.INTERNAL_ERROR,
                "The server failed to process the request; it has been logged", null), path(uri));
    }

    private static String detail(WebApplicationException e, int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource; the Allow header lists those that are";
            case 406 -> "None of the accepted media types can be produced; omit Accept or send application/json";
            default -> clean(JsonProblems.firstLine(e.getMessage()));
        };
    }

    static Response respond(ApiException e, String instance) {
        Response.ResponseBuilder response = builder(e.toProblem(instance));
        e.headers().forEach(response::header);
        return response.build();
    }

    static Response respond(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        Problem safe = new Problem(problem.type(), problem.title(), problem.status(), clean(problem.detail()),
                problem.instance(), problem.errors() == null ? null : problem.errors().stream()
                .map(f -> new FieldError(f.field(), clean(f.message()))).toList());
        return Response.status(safe.status()).type(Problem.MEDIA_TYPE).entity(safe);
    }

    /** The message without Java class names; a message that would be mostly such names becomes a generic one. */
    static String clean(String message) {
        if (message == null || !JAVA_NAME.matcher(message).find()) {
            return message;
        }
        return JAVA_NAME.matcher(message).replaceAll("(value)");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
