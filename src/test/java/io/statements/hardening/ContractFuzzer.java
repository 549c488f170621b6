package io.statements.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Malformed requests generated from the committed OpenAPI contract: every operation, every path, query and header
 * parameter, every property of every request body, each given values of the wrong type, out of bounds, with NUL,
 * control characters, lone surrogates or invalid UTF-8, nested absurdly deep, with bad ids, cursors, headers and
 * media types, and (for NDJSON) malformed lines. A new operation or field in the contract is fuzzed without any
 * change here.
 */
final class ContractFuzzer {

    /** One request, as raw bytes go on the wire. */
    record Case(String label, String method, String target, List<String> headers, byte[] body, boolean stream) {
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    /** Raw (already percent-encoded) values for path segments, query values and the like. */
    private static final List<String> BAD_URL_VALUES = List.of("", "%00", "a%00b", "%01%02", "%FF%FE", "%C0%AF",
            "%ED%A0%80", "%E9t%E9", "%zz", "%", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "-1",
            "99999999999999999999", "1e9", "0x10", "true", "%27%20or%201%3D1--", "..%2F..%2Fetc", "%F0%9F%9A%80",
            "x".repeat(3000), "-5000-01-01T00:00:00Z", "%2B300000-01-01T00:00:00Z", "2024-13-45", "[]", "%7B%7D",
            "djEfc3RhdGVtZW50cw", "A".repeat(500), "%E2%80%AE", "%0D%0AX-Injected:%201");

    private static final List<String> BAD_HEADER_VALUES = List.of("", " ", "W/\"0\"", "\"0\", \"1\"", "junk", "\"",
            "*, \"1\"", "\"" + "9".repeat(40) + "\"", "\u00e9t\u00e9", "x".repeat(2000), "\"-1\"");

    private final JsonNode contract;
    private final Function<String, String> idFor;
    private final Random random;
    private final List<Case> cases = new ArrayList<>();

    /** {@code idFor} gives a real id for a path template ({@code /statements/{id}}), or null. */
    ContractFuzzer(JsonNode contract, Function<String, String> idFor, Random random) {
        this.contract = contract;
        this.idFor = idFor;
        this.random = random;
    }

    List<Case> generate() {
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operation(path.getKey(), method.toUpperCase(), op);
                }
            }
        }
        unparseableHttp();
        return cases;
    }

    private void operation(String template, String method, JsonNode op) {
        String label = method + " " + template;
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(p -> params.add(resolve(p)));
        boolean stream = op.path("responses").path("200").path("content").has("text/event-stream");
        String mediaType = null;
        JsonNode bodySchema = null;
        var content = op.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            var first = content.next();
            mediaType = first.getKey();
            bodySchema = resolve(first.getValue().path("schema"));
        }
        Request base = new Request(label, method, template, stream);
        for (JsonNode p : params) {
            if ("path".equals(p.path("in").asText())) {
                base.path.put(p.path("name").asText(), pathValue(template, p));
            } else if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean()) {
                base.query.put(p.path("name").asText(), sample(p));
            }
        }
        byte[] body = null;
        if (mediaType != null) {
            base.headers.add("Content-Type: " + mediaType);
            body = baseBody(mediaType, bodySchema);
        }
        final byte[] validBody = body;
        // path parameters
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            switch (p.path("in").asText()) {
                case "path" -> BAD_URL_VALUES.forEach(v -> add(base.with(r -> r.path.put(name, v)), validBody, "path " + name));
                case "query" -> queryCases(base, validBody, name, resolve(p.path("schema")));
                case "header" -> BAD_HEADER_VALUES.forEach(v -> add(base.with(r -> r.headers.add(name + ": " + v)), validBody,
                        "header " + name));
                default -> { }
            }
        }
        // headers every operation may receive
        for (String h : List.of("Accept: ", "Accept: application/xml", "Accept: text/html;q=x", "Accept: */*;q=0",
                "Accept: application/problem+json", "Accept: ,,,", "If-Match: W/\"0\"", "If-Match: ", "If-None-Match: junk",
                "Idempotency-Key: ", "X-Request-Id: " + "r".repeat(500), "Last-Event-ID: -1", "Last-Event-ID: \u00ff\u00fe",
                "Content-Encoding: gzip", "Accept-Encoding: bogus", "Range: bytes=5-1", "Expect: 100-continue")) {
            add(base.with(r -> r.headers.add(h)), validBody, "header");
        }
        add(base.with(r -> r.query.put("unknown_parameter", "1")), validBody, "unknown query parameter");
        if (mediaType != null) {
            for (String type : List.of("text/plain", "application/xml", "application/json; charset=latin1", "///",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/merge-patch+json",
                    "application/x-ndjson", "application/json")) {
                add(base.with(r -> {
                    r.headers.removeIf(h -> h.startsWith("Content-Type:"));
                    r.headers.add("Content-Type: " + type);
                }), validBody, "content type");
            }
            bodyCases(base, mediaType, bodySchema);
        } else if (!"GET".equals(method) && !"DELETE".equals(method)) {
            add(base, "{\"x\": 1}".getBytes(StandardCharsets.UTF_8), "unexpected body");
        }
    }

    private void queryCases(Request base, byte[] body, String name, JsonNode schema) {
        List<String> values = new ArrayList<>(BAD_URL_VALUES);
        values.add(sample(schema).toLowerCase() + "%00");
        if (schema.has("maximum")) {
            values.add(String.valueOf(schema.path("maximum").asLong() + 1));
        }
        if (schema.has("minimum")) {
            values.add(String.valueOf(schema.path("minimum").asLong() - 1));
        }
        for (String v : values) {
            add(base.with(r -> r.query.put(name, v)), body, "query " + name);
        }
        add(base.with(r -> r.rawQuery.add(name + "=a&" + name + "=b")), body, "repeated " + name);
        add(base.with(r -> r.rawQuery.add(name)), body, "valueless " + name);
    }

    /** A plausible valid body, so that mutations of one part reach past the checks of the others. */
    private byte[] baseBody(String mediaType, JsonNode schema) {
        if (mediaType.contains("ndjson")) {
            return (oneLine(bytes(generate(bulkLineSchema(schema), 0))) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return bytes(generate(schema, 0));
    }

    private void bodyCases(Request base, String mediaType, JsonNode schema) {
        boolean ndjson = mediaType.contains("ndjson");
        JsonNode valid = ndjson ? generate(bulkLineSchema(schema), 0) : generate(schema, 0);
        List<byte[]> documents = new ArrayList<>();
        // every property (nested, and array elements) replaced by each hostile value, or removed
        for (String pointer : pointers(valid, "")) {
            for (JsonNode bad : hostileValues()) {
                documents.add(bytes(replace(valid, pointer, bad)));
            }
            documents.add(bytes(replace(valid, pointer, null)));
        }
        for (String pointer : objectPointers(valid, "")) {
            documents.add(bytes(replace(valid, pointer + "/unknown_property", F.textNode("x"))));
        }
        documents.addAll(junkDocuments(valid));
        if (ndjson) {
            byte[] good = bytes(valid);
            for (int i = 0; i < documents.size(); i += 4) {
                ByteArrayOutputStream lines = new ByteArrayOutputStream();
                for (int j = i; j < Math.min(documents.size(), i + 4); j++) {
                    lines.writeBytes(oneLineBytes(documents.get(j)));
                    lines.write('\n');
                    lines.writeBytes(good);
                    lines.write('\n');
                }
                add(base, lines.toByteArray(), "ndjson lines");
            }
            add(base, new byte[]{0, 1, 2, '\n', (byte) 0xff, '\n', '\n', '\r', '\n'}, "ndjson binary");
            add(base, ("{\"text\":\"" + "x".repeat(40_000) + "\"}\n").getBytes(StandardCharsets.UTF_8), "ndjson long line");
        } else {
            documents.forEach(d -> add(base, d, "body"));
        }
    }

    /** Bodies that are not a usable JSON document at all. */
    private List<byte[]> junkDocuments(JsonNode valid) {
        String text = valid.toString();
        List<byte[]> junk = new ArrayList<>();
        for (String s : List.of("", "null", "[]", "123", "\"text\"", "true", "{", "{\"a\":", "{}}", "{} {}", "\uFEFF{}",
                "{\"text\": \"a\", \"text\": \"b\"}", "/* c */ {}", "{'text': 'x'}", "1e400", "{\"x\": 1e99999}",
                text.substring(0, text.length() / 2), text + "garbage", "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "\u0000", "{\"text\": \"\u0001\u0002\"}")) {
            junk.add(s.getBytes(StandardCharsets.UTF_8));
        }
        junk.add(new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
        junk.add(new byte[]{(byte) 0xff, (byte) 0xfe, '{', 0, '}', 0});
        byte[] random = new byte[256];
        this.random.nextBytes(random);
        junk.add(random);
        junk.add(text.getBytes(StandardCharsets.UTF_16));
        return junk;
    }

    private static List<JsonNode> hostileValues() {
        ArrayNode deep = F.arrayNode();
        ArrayNode at = deep;
        for (int i = 0; i < 200; i++) {
            ArrayNode next = F.arrayNode();
            at.add(next);
            at = next;
        }
        ArrayNode mixed = F.arrayNode().add(1).add(false).add(F.nullNode()).add(F.objectNode());
        ArrayNode many = F.arrayNode();
        for (int i = 0; i < 200; i++) {
            many.add("t" + i);
        }
        return List.of(F.numberNode(12345), F.numberNode(-1), F.numberNode(1.5e300), F.booleanNode(true), F.nullNode(),
                F.arrayNode(), F.objectNode(), F.textNode(""), F.textNode(" "), F.textNode("a\u0000b"),
                F.textNode("x\uD800y"), F.textNode("\uDC00"), F.textNode("\u0007\u001b[31m"), F.textNode("x".repeat(20_000)),
                F.textNode("-5000-01-01T00:00:00Z"), F.textNode("+300000-01-01T00:00:00Z"), F.textNode("2024-02-30T25:61:00Z"),
                F.textNode("not-a-uuid"), F.textNode("lowercase_enum"), F.textNode("<script>alert(1)</script>"),
                deep, mixed, many, F.textNode("\u202Eevil"));
    }

    /** Requests the HTTP codec cannot parse: answered (400, 414, 431) or the connection closed, never 5xx. */
    private void unparseableHttp() {
        for (String head : List.of("GARBAGE", "GET", "GET /statements", "GET /statements HTTP/9.9", "GET  /statements  HTTP/1.1",
                "GET /sta tements HTTP/1.1", "GET /statements?q=a b HTTP/1.1", "GET /statements\u0000 HTTP/1.1",
                "GET http://[::1/statements HTTP/1.1", "GET /statements HTTP/1.1\r\nBad Header: x",
                "GET /statements HTTP/1.1\r\n: no-name", "GET /statements HTTP/1.1\r\nX: a\u0000b",
                "POST /statements HTTP/1.1\r\nContent-Length: -5", "POST /statements HTTP/1.1\r\nContent-Length: abc",
                "POST /statements HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3",
                "GET /" + "u".repeat(20_000) + " HTTP/1.1", "GET /statements HTTP/1.1\r\nX: " + "h".repeat(70_000))) {
            cases.add(new Case("unparseable", "RAW", head, List.of(), null, false));
        }
    }

    // --- building blocks --------------------------------------------------------------------------------------

    private final class Request {
        final String label;
        final String method;
        final String template;
        final boolean stream;
        final java.util.LinkedHashMap<String, String> path = new java.util.LinkedHashMap<>();
        final java.util.LinkedHashMap<String, String> query = new java.util.LinkedHashMap<>();
        final List<String> rawQuery = new ArrayList<>();
        final List<String> headers = new ArrayList<>();

        Request(String label, String method, String template, boolean stream) {
            this.label = label;
            this.method = method;
            this.template = template;
            this.stream = stream;
        }

        Request with(java.util.function.Consumer<Request> change) {
            Request copy = new Request(label, method, template, stream);
            copy.path.putAll(path);
            copy.query.putAll(query);
            copy.rawQuery.addAll(rawQuery);
            copy.headers.addAll(headers);
            change.accept(copy);
            return copy;
        }

        String target() {
            String target = template;
            for (Map.Entry<String, String> p : path.entrySet()) {
                target = target.replace("{" + p.getKey() + "}", p.getValue());
            }
            List<String> parts = new ArrayList<>(rawQuery);
            query.forEach((k, v) -> parts.add(k + "=" + v));
            return parts.isEmpty() ? target : target + "?" + String.join("&", parts);
        }
    }

    private void add(Request request, byte[] body, String what) {
        cases.add(new Case(request.label + " [" + what + "]", request.method, request.target(), List.copyOf(request.headers),
                body, request.stream));
    }

    private String pathValue(String template, JsonNode param) {
        String id = idFor.apply(template);
        return id != null ? id : sample(param);
    }

    private String sample(JsonNode param) {
        JsonNode schema = resolve(param.has("schema") ? param.path("schema") : param);
        if (param.has("example")) {
            return param.path("example").asText();
        }
        if (schema.has("example")) {
            return schema.path("example").asText();
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "x";
        };
    }

    private JsonNode bulkLineSchema(JsonNode schema) {
        if (schema != null && schema.path("type").asText().equals("object")) {
            return schema;
        }
        return resolve(F.objectNode().put("$ref", "#/components/schemas/StatementRequest"));
    }

    /** A plausible instance of {@code schema}: examples where the contract has them. */
    private JsonNode generate(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 6) {
            return F.textNode("x");
        }
        if (schema.has("allOf")) {
            return generate(schema.path("allOf").path(0), depth + 1);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return generate(schema.has("oneOf") ? schema.path("oneOf").path(0) : schema.path("anyOf").path(0), depth + 1);
        }
        if (schema.has("example") && !schema.path("example").isContainerNode()) {
            return schema.path("example");
        }
        if (schema.has("examples") && schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").path(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = F.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), generate(p.getValue(), depth + 1)));
                return object;
            }
            case "array":
                return F.arrayNode().add(generate(schema.path("items"), depth + 1));
            case "integer":
                return F.numberNode(1);
            case "number":
                return F.numberNode(0.5);
            case "boolean":
                return F.booleanNode(true);
            default:
                return switch (schema.path("format").asText()) {
                    case "date-time" -> F.textNode("2024-05-01T12:00:00Z");
                    case "uuid" -> F.textNode(java.util.UUID.randomUUID().toString());
                    case "uri" -> F.textNode("https://fuzz.example/" + random.nextInt(1_000_000));
                    default -> F.textNode("fuzz " + random.nextInt(1_000_000));
                };
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int i = 0; at != null && at.has("$ref") && i < 10; i++) {
            at = contract.at(at.path("$ref").asText().substring(1));
        }
        return at == null || at.isMissingNode() ? null : at;
    }

    private static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String child = at + "/" + f.getKey();
                out.add(child);
                out.addAll(pointers(f.getValue(), child));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(at + "/" + i);
                out.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    private static List<String> objectPointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            out.add(at);
            node.fields().forEachRemaining(f -> out.addAll(objectPointers(f.getValue(), at + "/" + f.getKey())));
        }
        return out;
    }

    /** A copy of {@code root} with the value at {@code pointer} replaced, or removed when {@code value} is null. */
    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? copy : copy.at(pointer.substring(0, cut));
        String key = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(key);
            } else {
                o.set(key, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int index = Integer.parseInt(key);
            if (value == null) {
                a.remove(index);
            } else {
                a.set(index, value);
            }
        }
        return copy;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String oneLine(byte[] document) {
        return new String(document, StandardCharsets.UTF_8).replace('\n', ' ');
    }

    private static byte[] oneLineBytes(byte[] document) {
        byte[] copy = document.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == '\n') {
                copy[i] = ' ';
            }
        }
        return copy;
    }
}
