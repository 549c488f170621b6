package io.statements.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The media types an operation consumes, read from the resources' own JAX-RS annotations, so that a 415 names what
 * the endpoint wants ({@code PATCH} wants {@code application/merge-patch+json}, the bulk import NDJSON) and new
 * endpoints are covered without a table to keep up to date.
 */
@ApplicationScoped
class ConsumedMediaTypes {

    private record Operation(String method, Pattern path, List<String> consumes) {
    }

    private volatile List<Operation> operations;

    /** "application/json" or "one of a, b" for the operation at {@code path}; application/json when unknown. */
    String describe(String method, String path) {
        Set<String> types = new LinkedHashSet<>();
        for (Operation op : operations()) {
            if (op.method.equals(method) && path != null && op.path.matcher(path).matches()) {
                types.addAll(op.consumes);
            }
        }
        if (types.isEmpty()) {
            return "application/json";
        }
        return types.size() == 1 ? types.iterator().next() : "one of " + String.join(", ", types);
    }

    private List<Operation> operations() {
        List<Operation> known = operations;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
                Class<?> type = bean.getBeanClass();
                if (type.isAnnotationPresent(Path.class)) {
                    collect(type, known);
                }
            }
            operations = known;
        }
        return known;
    }

    private static void collect(Class<?> resource, List<Operation> into) {
        String base = resource.getAnnotation(Path.class).value();
        Consumes classConsumes = resource.getAnnotation(Consumes.class);
        for (Method m : resource.getDeclaredMethods()) {
            String httpMethod = httpMethod(m);
            if (httpMethod == null) {
                continue;
            }
            Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : classConsumes;
            if (consumes == null) {
                continue;
            }
            String path = base + (m.isAnnotationPresent(Path.class) ? "/" + m.getAnnotation(Path.class).value() : "");
            into.add(new Operation(httpMethod, template(path), List.of(consumes.value())));
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /statements/{id}} as a pattern matching concrete paths. */
    static Pattern template(String path) {
        String normalized = ("/" + path).replaceAll("/+", "/").replaceFirst("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalized.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
