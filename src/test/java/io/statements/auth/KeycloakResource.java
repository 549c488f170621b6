package io.statements.auth;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.statements.support.FreePorts;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (Maven Central's keycloak-quarkus-dist, unpacked by the build into target/keycloak) in
 * development mode on free loopback ports, with the committed newsroom realm imported. Start-up takes about a
 * minute on an idle machine and several on a busy one, hence the generous limit.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "newsroom";
    private static final Duration START_LIMIT = Duration.ofMinutes(9);
    /** Where the test finds the realm (the resource runs in the test's JVM). */
    static final String ISSUER_PROPERTY = "statements.test.keycloak-issuer";

    private Process keycloak;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.0"));
        Path script = home.resolve("bin/kc.sh");
        if (!Files.exists(script)) {
            throw new IllegalStateException("No Keycloak at " + home.toAbsolutePath() + ": run the tests through Maven "
                    + "(./mvnw verify), whose pre-integration-test phase unpacks org.keycloak:keycloak-quarkus-dist");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = KeycloakResource.class.getResourceAsStream("/keycloak/newsroom-realm.json")) {
                Files.copy(realm, imports.resolve("newsroom-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = FreePorts.next();
            Path log = Path.of("target", "keycloak-it.log");
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString(), "start-dev", "--import-realm",
                    "--http-port=" + port, "--http-management-port=" + FreePorts.next(), "--http-host=127.0.0.1",
                    "--hostname-strict=false"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            keycloak = builder.start();
            String realmUrl = "http://127.0.0.1:" + port + "/realms/" + REALM;
            awaitReady(realmUrl + "/.well-known/openid-configuration", log.toFile());
            System.setProperty(ISSUER_PROPERTY, realmUrl);
            return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", realmUrl,
                    "quarkus.oidc.client-id", "statements-api",
                    // the web page signs people in with the realm's public client (code flow with PKCE)
                    "statements.auth.web-client-id", "statements-web");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak from " + home, e);
        }
    }

    private void awaitReady(String discovery, File log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log.getAbsolutePath());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve the " + REALM + " realm within " + START_LIMIT.toMinutes()
                + " minutes (a very busy machine?); see " + log.getAbsolutePath());
    }

    @Override
    public void stop() {
        if (keycloak != null && keycloak.isAlive()) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                if (!keycloak.waitFor(60, TimeUnit.SECONDS)) {
                    keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                    keycloak.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
