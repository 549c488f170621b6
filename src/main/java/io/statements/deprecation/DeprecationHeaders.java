package io.statements.deprecation;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the deprecation policy executable: every response of an operation configured in {@link DeprecationConfig}
 * (errors included) carries {@code Deprecation}, {@code Sunset} and, when configured, a {@code Link} to the
 * changelog. Operations are named by their contract operationId. Started eagerly so that a bad date fails the
 * start, not a request.
 */
@Startup
@ApplicationScoped
class DeprecationHeaders {

    /** IMF-fixdate (RFC 9110): a two-digit day, unlike RFC_1123_DATE_TIME. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Map<String, List<String[]>> byOperationId;
    private final Map<Method, List<String[]>> byMethod = new ConcurrentHashMap<>();

    DeprecationHeaders(DeprecationConfig config) {
        this.byOperationId = new ConcurrentHashMap<>();
        config.deprecations().forEach((operationId, d) -> byOperationId.put(operationId, headers(operationId, d)));
    }

    private static List<String[]> headers(String operationId, DeprecationConfig.Deprecation d) {
        if (!d.since().isBefore(d.sunset())) {
            throw new IllegalStateException("statements.api.deprecations." + operationId + ": sunset must be after since");
        }
        String deprecation = "@" + d.since().getEpochSecond();
        String sunset = HTTP_DATE.format(d.sunset());
        Optional<String> link = d.link().map(l -> "<" + URI.create(l) + ">; rel=\"deprecation\"; type=\"text/html\"");
        return link.map(l -> List.of(new String[] {"Deprecation", deprecation}, new String[] {"Sunset", sunset},
                        new String[] {"Link", l}))
                .orElseGet(() -> List.of(new String[] {"Deprecation", deprecation}, new String[] {"Sunset", sunset}));
    }

    @ServerResponseFilter
    void announce(ContainerResponseContext response, ResourceInfo resource) {
        if (byOperationId.isEmpty()) {
            return; // the usual case: nothing is deprecated
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return; // no operation matched (404 for an unknown path)
        }
        for (String[] header : byMethod.computeIfAbsent(method, this::lookUp)) {
            response.getHeaders().add(header[0], header[1]);
        }
    }

    private List<String[]> lookUp(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null ? List.of() : byOperationId.getOrDefault(operation.operationId(), List.of());
    }
}
