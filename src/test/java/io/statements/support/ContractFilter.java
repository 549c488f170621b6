package io.statements.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every exchange against the committed contract: an undocumented path, status, header or field fails the test.
 * Requests are checked only when the service accepted them (status below 400), because tests send invalid
 * requests on purpose; the error responses to those are still checked, problem+json body included.
 */
final class ContractFilter implements Filter {

    /** Answers the contract cannot describe: no operation exists to hold them. */
    private static final Set<String> NO_OPERATION = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed");

    /** Line-oriented streams whose empty form (no records) is an empty body, which the validator calls missing. */
    private static final List<String> STREAM_TYPES = List.of("application/x-ndjson", "text/csv");

    private final Path contract;
    private OpenApiInteractionValidator validator;

    ContractFilter(Path contract) {
        this.contract = contract;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        String path = URI.create(requestSpec.getURI()).getPath();
        if (path.startsWith("/q/")) {
            return response; // Quarkus' health, metrics and OpenAPI endpoints are not part of the API contract
        }
        Request request = RestAssuredRequest.of(requestSpec);
        com.atlassian.oai.validator.model.Response answer = RestAssuredResponse.of(response);
        int status = response.statusCode();
        ValidationReport report = status < 400
                ? validator().validate(request, answer)
                : validator().validateResponse(path, request.getMethod(), answer);
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !((status == 404 || status == 405) && NO_OPERATION.contains(m.getKey())))
                .filter(m -> !(m.getKey().equals("validation.response.body.missing") && isStream(response)))
                // reads without credentials are a deployment option (statements.auth.anonymous-read) the contract
                // cannot express; a test that turns it on sends such requests on purpose
                .filter(m -> !(m.getKey().startsWith("validation.request.security")
                        && !requestSpec.getHeaders().hasHeaderWithName("Authorization")))
                // a streamed (chunked) request body has been consumed by sending it: nothing left to validate
                .filter(m -> !(m.getKey().equals("validation.request.body.missing")
                        && requestSpec.getBody() instanceof java.io.InputStream))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("%s %s -> %d breaks the contract %s:%n%s".formatted(request.getMethod(), path,
                    status, contract, errors.stream().map(m -> "  [" + m.getKey() + "] " + m.getMessage())
                            .collect(Collectors.joining(System.lineSeparator()))));
        }
        return response;
    }

    private static boolean isStream(Response response) {
        String type = String.valueOf(response.getContentType());
        return STREAM_TYPES.stream().anyMatch(type::startsWith);
    }

    private synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createFor(contract.toAbsolutePath().toUri().toString())
                    .withResolveRefs(true) // shared error responses are $refs to components/responses
                    .build();
        }
        return validator;
    }
}
