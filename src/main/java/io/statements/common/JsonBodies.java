package io.statements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binds a parsed JSON document to an API record and, when anything is wrong, reports <em>every</em> invalid field in
 * one 400: each property is bound on its own (so one wrong type does not hide the next), unknown properties are
 * listed, and the bean-validation constraints of the remaining fields are checked too, so a form can mark all its bad
 * fields at once. Used for request bodies ({@link JsonBodyReader}), merge patches and bulk lines.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;
    private final Validator validator;
    /** Per API record type (a few dozen): see {@link #properties(JavaType)}. */
    private final Map<JavaType, Map<String, JavaType>> properties = new java.util.concurrent.ConcurrentHashMap<>();

    JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** {@code tree} as a {@code type}, validated; every problem of the document in one {@link ApiException}. */
    public <T> T bindAndValidate(JsonNode tree, Class<T> type, Set<String> extraProperties) {
        T value = bind(tree, type, extraProperties);
        List<FieldError> errors = violations(value);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return value;
    }

    /** {@code tree} as a {@code type}; on a binding problem every such problem, plus the constraint violations. */
    public <T> T bind(JsonNode tree, Class<T> type, Set<String> extraProperties) {
        if (tree == null || !tree.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        Map<String, FieldError> errors = new TreeMap<>();
        JsonNode sanitized = tree.deepCopy();
        check(sanitized, mapper.constructType(type), "", errors, extraProperties);
        if (errors.isEmpty()) {
            try {
                return mapper.treeToValue(tree, type);
            } catch (JsonProcessingException e) {
                throw JsonProblems.of(e, "body");
            }
        }
        try {
            for (FieldError violation : violations(mapper.treeToValue(sanitized, type))) {
                errors.putIfAbsent(violation.field(), violation);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // the well-typed rest cannot be bound either: the binding errors are what there is to report
        }
        List<FieldError> all = new ArrayList<>(errors.values());
        all.sort(Comparator.comparing(FieldError::field));
        throw ApiException.invalid(all);
    }

    private <T> List<FieldError> violations(T value) {
        if (value == null) {
            return List.of();
        }
        return validator.validate(value).stream()
                .map(v -> new FieldError(JsonPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    /**
     * Records a problem for each property of {@code node} that does not bind to {@code type}, and removes it from
     * {@code node} (an array element is set to null), so that what remains binds.
     */
    private void check(JsonNode node, JavaType type, String path, Map<String, FieldError> errors, Set<String> extra) {
        if (node.isObject() && isApiRecord(type)) {
            Map<String, JavaType> properties = properties(type);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path.isEmpty() ? name : path + "." + name;
                JavaType propertyType = properties.get(name);
                if (propertyType == null) {
                    if (!extra.contains(name)) {
                        errors.put(at, new FieldError(at, "unknown property; allowed: " + String.join(", ",
                                new java.util.TreeSet<>(properties.keySet()))));
                    }
                    ((ObjectNode) node).remove(name);
                } else if (!checkValue(node.get(name), propertyType, at, errors)) {
                    ((ObjectNode) node).remove(name);
                }
            }
            return;
        }
        checkValue(node, type, path, errors);
    }

    /**
     * The properties a record binds, by name, introspected once per type: Jackson does not cache a bean description
     * made outside its deserializers, and introspecting anew for every object was half of a bulk import's CPU (#13).
     */
    private Map<String, JavaType> properties(JavaType type) {
        return properties.computeIfAbsent(type, t -> {
            BeanDescription bean = mapper.getDeserializationConfig().introspect(t);
            Map<String, JavaType> found = new LinkedHashMap<>();
            for (BeanPropertyDefinition p : bean.findProperties()) {
                if (p.couldDeserialize() || p.hasConstructorParameter()) {
                    found.put(p.getName(), p.getPrimaryType());
                }
            }
            return java.util.Collections.unmodifiableMap(found);
        });
    }

    /** False when {@code node} cannot be a {@code type} (the problem recorded). */
    private boolean checkValue(JsonNode node, JavaType type, String path, Map<String, FieldError> errors) {
        if (node.isNull()) {
            return true;
        }
        if (isApiRecord(type) && node.isObject()) {
            check(node, type, path, errors, Set.of());
            return true; // kept without its bad properties, so that its own constraints are still checked
        }
        if (type.isCollectionLikeType() && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!checkValue(node.get(i), type.getContentType(), path + "[" + i + "]", errors)) {
                    ((ArrayNode) node).set(i, (JsonNode) null);
                }
            }
            return true; // the array itself is kept, its bad elements nulled (and reported)
        }
        try {
            mapper.readerFor(type).readValue(node);
            return true;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            FieldError error = e instanceof JsonProcessingException j
                    ? JsonProblems.of(j, "body").errors() == null ? new FieldError(path, "has the wrong type")
                    : JsonProblems.of(j, "body").errors().get(0) : new FieldError(path, "has the wrong type");
            String field = error.field().equals("body") ? path : path + (error.field().startsWith("[") ? "" : ".")
                    + error.field();
            errors.put(field, new FieldError(field.isEmpty() ? "body" : field, error.message()));
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isApiRecord(JavaType type) {
        return type.getRawClass().getName().startsWith("io.statements.") && !type.isEnumType();
    }
}
