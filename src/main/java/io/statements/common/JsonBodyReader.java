package io.statements.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Reads the JSON body of every API request record through {@link JsonBodies}, so a body with several bad fields is
 * answered with all of them. Syntax errors surface as Jackson's exceptions, mapped by {@link ProblemMappers}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
class JsonBodyReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;
    private final JsonBodies bodies;

    JsonBodyReader(ObjectMapper mapper, JsonBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("io.statements.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonNode tree = mapper.readTree(entityStream);
        if (tree == null || tree.isMissingNode()) {
            return null; // no body: the resource's @NotNull names it
        }
        return bodies.bind(tree, type, Set.of());
    }
}
