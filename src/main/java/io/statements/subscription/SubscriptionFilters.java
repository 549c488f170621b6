package io.statements.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.search.StatementMatcher;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A subscription's filter: the GET /statements parameters as a JSON object. Checked by the search's own parsing,
 * so a bad filter is refused exactly as the search would refuse it, with the field named {@code filter.<param>}.
 */
@ApplicationScoped
class SubscriptionFilters {

    private static final TypeReference<Map<String, List<String>>> TYPE = new TypeReference<>() {
    };

    private final StatementMatcher matcher;
    private final ObjectMapper mapper;

    SubscriptionFilters(StatementMatcher matcher, ObjectMapper mapper) {
        this.matcher = matcher;
        this.mapper = mapper;
    }

    /** Each value as a list of strings, names sorted; validated. */
    Map<String, List<String>> normalize(Map<String, Object> raw) {
        Map<String, List<String>> filter = new TreeMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> filter.put(name, values(name, value)));
        }
        try {
            matcher.validate(filter);
        } catch (ApiException e) {
            List<FieldError> errors = e.toProblem(null).errors();
            if (errors == null) {
                throw e;
            }
            throw ApiException.invalid(errors.stream()
                    .map(err -> new FieldError("filter." + err.field(), err.message())).toList());
        }
        return filter;
    }

    private static List<String> values(String name, Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(String.class::isInstance)) {
            List<String> values = new ArrayList<>(list.size());
            list.forEach(v -> values.add((String) v));
            return values;
        }
        String field = "filter." + (name.length() > 100 ? name.substring(0, 100) : name);
        throw ApiException.invalid(field, "must be a string or a non-empty array of strings");
    }

    String toJson(Map<String, List<String>> filter) {
        try {
            return mapper.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, List<String>> fromJson(String json) {
        try {
            return mapper.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored subscription filter is not valid JSON", e);
        }
    }
}
