package io.statements.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests must probe the service's real health endpoints on its real HTTP port. Renders every
 * overlay with {@code kubectl kustomize} when kubectl is installed (CI installs it); the base files otherwise.
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path KUSTOMIZE = Path.of("deploy", "kubernetes");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void probesHitTheRealHealthEndpointsOnTheHttpPort() throws Exception {
        int httpPort = productionHttpPort();
        Map<String, List<JsonNode>> rendered = render();
        assertFalse(rendered.isEmpty());
        for (Map.Entry<String, List<JsonNode>> overlay : rendered.entrySet()) {
            String where = overlay.getKey();
            JsonNode container = only(overlay.getValue(), "Deployment").at("/spec/template/spec/containers/0");
            JsonNode http = container.get("ports").get(0);
            assertEquals("http", http.get("name").asText(), where);
            assertEquals(httpPort, http.get("containerPort").asInt(), where + ": containerPort must be quarkus.http.port");

            JsonNode startup = probe(container, "startupProbe", where);
            JsonNode liveness = probe(container, "livenessProbe", where);
            JsonNode readiness = probe(container, "readinessProbe", where);
            JsonPath started = health(startup, where);
            JsonPath live = health(liveness, where);
            JsonPath ready = health(readiness, where);
            assertTrue(ready.getList("checks.name", String.class).stream().anyMatch(n -> n.contains("Database")),
                    where + ": readiness must include the database check");
            assertTrue(ready.getList("checks.name", String.class).stream().anyMatch(n -> n.startsWith("Reactive PostgreSQL")),
                    where + ": readiness must include the search pool's check (the reactive datasource)");
            assertFalse(live.getList("checks.name", String.class).stream().anyMatch(n -> n.contains("Database")),
                    where + ": liveness must not depend on the database, or an outage would restart every pod");
            assertEquals(readiness.at("/httpGet/path").asText().replace("/ready", "/started"),
                    startup.at("/httpGet/path").asText(), where);
            assertEquals("UP", started.getString("status"));

            JsonNode settings = only(overlay.getValue(), "ConfigMap").path("data");
            assertFalse(settings.has("QUARKUS_HTTP_PORT"), where + ": the port is fixed by the image and the probes");

            JsonNode service = only(overlay.getValue(), "Service");
            assertEquals("http", service.at("/spec/ports/0/targetPort").asText(), where + ": Service targets the http port");
            JsonNode policy = only(overlay.getValue(), "NetworkPolicy");
            assertEquals(httpPort, policy.at("/spec/ingress/0/ports/0/port").asInt(), where + ": ingress allowed on the http port");
            JsonNode annotations = only(overlay.getValue(), "Deployment").at("/spec/template/metadata/annotations");
            assertEquals(String.valueOf(httpPort), annotations.get("prometheus.io/port").asText(), where);
            given().get(annotations.get("prometheus.io/path").asText()).then().statusCode(200);
        }
    }

    /** The port the packaged service listens on (tests run on a random one). */
    private static int productionHttpPort() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return Integer.parseInt(properties.getProperty("%prod.quarkus.http.port",
                properties.getProperty("quarkus.http.port", "8080")));
    }

    /** The probe must use the named http port and answer 200 with a health document. */
    private static JsonNode probe(JsonNode container, String name, String where) {
        JsonNode probe = container.get(name);
        assertTrue(probe != null && probe.has("httpGet"), where + ": " + name + " must be an HTTP probe");
        assertEquals("http", probe.at("/httpGet/port").asText(), where + ": " + name + " port");
        return probe;
    }

    private static JsonPath health(JsonNode probe, String where) {
        String path = probe.at("/httpGet/path").asText();
        assertTrue(path.startsWith("/q/health/"), where + ": " + path + " is not a health endpoint");
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static JsonNode only(List<JsonNode> objects, String kind) {
        List<JsonNode> found = objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
        assertEquals(1, found.size(), "one " + kind + " expected");
        return found.get(0);
    }

    private static Map<String, List<JsonNode>> render() throws IOException, InterruptedException {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (String dir : List.of("base", "overlays/dev", "overlays/prod")) {
            String yaml = kustomize(KUSTOMIZE.resolve(dir));
            if (yaml == null) { // no kubectl here: read the base files as written
                out.clear();
                List<JsonNode> base = new ArrayList<>();
                for (String file : List.of("deployment.yaml", "service.yaml", "networkpolicy.yaml")) {
                    base.addAll(parse(Files.readString(KUSTOMIZE.resolve("base").resolve(file))));
                }
                out.put("base (files)", base);
                return out;
            }
            out.put(dir, parse(yaml));
        }
        return out;
    }

    private static String kustomize(Path dir) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException noKubectl) {
            return null;
        }
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize timed out");
        assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed: " + errors);
        return yaml;
    }

    private static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }
}
