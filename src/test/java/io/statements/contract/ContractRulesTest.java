package io.statements.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What makes the served contract usable by client generators: explicit operationIds, specific schema names, the
 * fields always present marked required, typed parameters, and schemas for every body (PATCH, bulk, export, SSE).
 */
@QuarkusTest
class ContractRulesTest {

    private static final Set<String> GENERIC_NAMES = Set.of("Status", "Type", "Kind", "Result", "Response", "Request",
            "Item", "Items", "Data", "Object", "Page", "Value", "Error", "Mode", "State", "Info");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z]+");

    private static JsonNode doc;

    @BeforeEach
    void load() throws IOException {
        if (doc != null) {
            return;
        }
        doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationHasAnExplicitUniqueOperationId() {
        Set<String> seen = new HashSet<>();
        List<String> missing = new ArrayList<>();
        forEachOperation((where, op) -> {
            String id = op.path("operationId").asText(null);
            if (id == null || !OPERATION_ID.matcher(id).matches()) {
                missing.add(where + " -> " + id);
            } else {
                assertTrue(seen.add(id), "operationId " + id + " is used twice");
            }
        });
        assertTrue(missing.isEmpty(), "operations without an explicit lowerCamelCase operationId: " + missing);
        assertTrue(seen.size() >= 26, "all operations were checked: " + seen);
    }

    @Test
    void schemaNamesAreSpecificAndEachBelongsToOneJavaType() throws IOException {
        Iterator<String> names = doc.path("components").path("schemas").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            assertTrue(!GENERIC_NAMES.contains(name), "generic schema name " + name);
        }
        // A @Schema(name = ...) may not be the name of another top-level Java type: readers would look for it there.
        Map<String, String> owner = new HashMap<>();
        Pattern named = Pattern.compile("@Schema\\(name = \"(\\w+)\"[^)]*\\)\\s*(?:public\\s+)?(?:final\\s+)?"
                + "(?:record|class|enum|interface)\\s+(\\w+)");
        List<String[]> schemaNames = new ArrayList<>();
        Set<String> typeNames = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = named.matcher(source);
                while (m.find()) {
                    schemaNames.add(new String[] {m.group(1), m.group(2), file.toString()});
                }
                if (source.contains("@Schema(")) { // only types that take part in the contract
                    typeNames.add(file.getFileName().toString().replace(".java", ""));
                }
            }
        }
        for (String[] s : schemaNames) {
            String previous = owner.put(s[0], s[1]);
            assertTrue(previous == null, "schema " + s[0] + " is declared by " + previous + " and " + s[1]);
            assertTrue(s[0].equals(s[1]) || !typeNames.contains(s[0]),
                    s[1] + " publishes as " + s[0] + ", the name of another Java type (" + s[2] + ")");
        }
    }

    @Test
    void fieldsAlwaysPresentAreRequired() {
        Map<String, List<String>> required = Map.ofEntries(
                Map.entry("Statement", List.of("id", "text", "kind", "speaker", "outlet", "topics", "origin",
                        "created_at", "updated_at", "version")),
                Map.entry("StatementHit", List.of("id", "text", "kind", "speaker", "outlet", "version")),
                Map.entry("StatementHitPage", List.of("items")),
                Map.entry("SpeakerPage", List.of("items")),
                Map.entry("OutletPage", List.of("items")),
                Map.entry("ChangePage", List.of("items", "next_cursor")),
                Map.entry("Change", List.of("cursor", "seq", "type", "statement_id", "changed_at")),
                Map.entry("Speaker", List.of("id", "name", "kind", "aliases", "version")),
                Map.entry("SpeakerSummary", List.of("id", "name", "kind")),
                Map.entry("Outlet", List.of("id", "name", "domain", "version")),
                Map.entry("OutletSummary", List.of("id", "name", "domain")),
                Map.entry("BulkLineResult", List.of("line", "status")),
                Map.entry("StanceCount", List.of("speaker", "counts", "total")),
                Map.entry("StanceCounts", List.of("SUPPORT", "OPPOSE", "NEUTRAL", "UNCLEAR")),
                Map.entry("StanceTable", List.of("items")));
        required.forEach((schema, fields) -> {
            List<String> declared = new ArrayList<>();
            schema(schema).path("required").forEach(f -> declared.add(f.asText()));
            assertTrue(declared.containsAll(fields), schema + " requires " + fields + " but declares " + declared);
        });
    }

    @Test
    void parametersAreTyped() {
        List<String> untyped = new ArrayList<>();
        forEachOperation((where, op) -> op.path("parameters").forEach(p -> {
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            if (Set.of("limit", "offset").contains(name) && !(schema.path("type").asText().equals("integer")
                    && schema.has("minimum") && schema.has("maximum"))) {
                untyped.add(where + " " + name + " is not an integer with minimum and maximum: " + schema);
            }
            if (Set.of("stance", "kind", "channel", "facet").contains(name) && !(schema.path("type").asText()
                    .equals("array") && (schema.path("items").has("$ref") || schema.path("items").has("enum")))) {
                untyped.add(where + " " + name + " is " + schema);
            }
            if (name.equals("sort") && !schema.has("enum")) {
                untyped.add(where + " sort is " + schema);
            }
            if (schema.path("type").asText().equals("array") && p.has("example") && !p.get("example").isArray()) {
                untyped.add(where + " " + name + " has a non-list example " + p.get("example"));
            }
            if (name.equals("cursor") && p.has("example")) {
                untyped.add(where + " cursor has a made-up example");
            }
        }));
        assertTrue(untyped.isEmpty(), String.join("\n", untyped));
        assertEquals("/", doc.path("servers").path(0).path("url").asText(), "servers is relative");
        List<String> stanceParams = new ArrayList<>();
        op("/stances", "get").path("parameters").forEach(p -> stanceParams.add(p.path("name").asText()));
        assertTrue(stanceParams.contains("stance_target") && !stanceParams.contains("target"), stanceParams.toString());
        List<String> speakerExamples = new ArrayList<>();
        op("/speakers", "get").path("parameters").forEach(p -> {
            if (p.has("example")) {
                speakerExamples.add(p.path("name").asText());
            }
        });
        assertTrue(!(speakerExamples.contains("name") && speakerExamples.contains("q")), "name and q exclude each other");
    }

    @Test
    void everyBodyHasASchema() {
        assertEquals("#/components/schemas/StatementPatch", op("/statements/{id}", "patch").path("requestBody")
                .path("content").path("application/merge-patch+json").path("schema").path("$ref").asText());
        assertTrue(schema("StatementPatch").path("properties").path("stance_target").path("nullable").asBoolean());
        // a reference cannot be nullable in OpenAPI 3.0 without a type beside it: its null is said in words
        assertTrue(schema("StatementPatch").path("properties").path("stance").path("description").asText()
                .contains("null clears"));
        JsonNode line = schema("BulkLine");
        assertEquals("#/components/schemas/StatementRequest", line.path("allOf").path(0).path("$ref").asText());
        assertTrue(schema("StatementRequest").path("properties").has("external_id"));
        assertTrue(line.path("properties").path("mode").has("enum"));
        JsonNode export = op("/statements/export", "get").path("responses").path("200").path("content");
        assertEquals("#/components/schemas/Statement", export.path("application/x-ndjson").path("schema")
                .path("$ref").asText());
        assertTrue(export.path("text/csv").path("schema").path("description").asText().contains("external_id"));
        JsonNode stream = op("/changes/stream", "get");
        assertEquals("#/components/schemas/Change", stream.path("responses").path("200").path("content")
                .path("text/event-stream").path("schema").path("$ref").asText());
        assertTrue(stream.path("description").asText().contains("event: change"));
        assertTrue(schema("Statement").path("properties").has("external_id"));
        List<String> statuses = new ArrayList<>();
        schema("BulkLineStatus").path("enum").forEach(s -> statuses.add(s.asText()));
        assertTrue(statuses.contains("UPDATED"), statuses.toString());
    }

    @Test
    void cueHasOneShapeWhereverItAppears() {
        // Statements, search hits, patches, extraction results and articles: a client copies a cue from one into
        // another, so it is the same type everywhere (its offsets, where known, are a separate cue_range).
        Map<String, Set<String>> shapes = new HashMap<>();
        doc.path("components").path("schemas").fields().forEachRemaining(
                s -> collectShapes(s.getKey(), s.getValue(), "cue", shapes));
        forEachOperation((where, op) -> op.findValues("schema").forEach(s -> collectShapes(where, s, "cue", shapes)));
        assertTrue(shapes.values().stream().mapToInt(Set::size).sum() >= 6,
                "cue found in statements, hits, patches, requests, extractions and articles: " + shapes);
        assertEquals(Set.of("string"), shapes.keySet(), "cue shapes and where they appear: " + shapes);
    }

    /** Records the shape of every property called {@code property} under {@code node}, with where it was found. */
    private static void collectShapes(String where, JsonNode node, String property, Map<String, Set<String>> shapes) {
        if (node.isArray()) {
            node.forEach(n -> collectShapes(where, n, property, shapes));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode found = node.path("properties").path(property);
        if (found.isObject()) {
            shapes.computeIfAbsent(shape(found), k -> new TreeSet<>()).add(where);
        }
        node.fields().forEachRemaining(f -> collectShapes(where, f.getValue(), property, shapes));
    }

    /** What a generator makes of a schema: its $ref, or its type with its property names and item shape. */
    private static String shape(JsonNode schema) {
        if (schema.has("$ref")) {
            return schema.get("$ref").asText();
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return shape(schema.get("allOf").get(0));
        }
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Collections.sort(properties);
        return schema.path("type").asText("any") + (schema.has("format") ? "/" + schema.get("format").asText() : "")
                + (properties.isEmpty() ? "" : properties.toString())
                + (schema.has("items") ? "<" + shape(schema.get("items")) + ">" : "");
    }

    private static JsonNode schema(String name) {
        JsonNode schema = doc.path("components").path("schemas").path(name);
        assertTrue(schema.isObject(), "schema " + name + " exists");
        return schema;
    }

    private static JsonNode op(String path, String method) {
        JsonNode op = doc.path("paths").path(path).path(method);
        assertTrue(op.isObject(), method + " " + path + " exists");
        return op;
    }

    private interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method.getKey())) {
                visitor.visit(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }
}
