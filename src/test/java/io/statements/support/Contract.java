package io.statements.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** The committed contract and a structural comparison of OpenAPI documents (formatting never matters). */
public final class Contract {

    /** Relative to the project directory, where Maven runs the tests. */
    public static final Path PATH = Path.of("openapi", "openapi.yaml");

    private static final YAMLMapper YAML = new YAMLMapper();

    private Contract() {
    }

    public static JsonNode parse(String yamlOrJson) {
        try {
            return YAML.readTree(yamlOrJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode committed() {
        try {
            return parse(Files.readString(PATH));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + PATH.toAbsolutePath(), e);
        }
    }

    /** JSON pointers where the two documents differ, at most {@code limit} of them. */
    public static List<String> differences(JsonNode expected, JsonNode actual, int limit) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out, limit);
        return out;
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out, int limit) {
        if (out.size() >= limit || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(child + ": only in the served document");
                } else if (!actual.has(name)) {
                    out.add(child + ": only in the committed contract");
                } else {
                    diff(child, expected.get(name), actual.get(name), out, limit);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                diff(at + "/" + i, e.next(), a.next(), out, limit);
            }
        } else if (out.size() < limit) {
            out.add(at + ": committed " + abbreviate(expected) + " but served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
