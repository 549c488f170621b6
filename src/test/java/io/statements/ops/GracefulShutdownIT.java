package io.statements.ops;

import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.statements.embedded.StrictPostgres;
import io.statements.support.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged service as Kubernetes does and sends it SIGTERM: readiness must report DOWN at once while the
 * service still answers requests during the shutdown delay, and the process must then exit well within the pod's
 * termination grace period (40 s).
 */
class GracefulShutdownIT {

    private StrictPostgres postgres;
    private Process service;
    private int port;

    @BeforeEach
    void start() throws Exception {
        postgres = StrictPostgres.start(Files.createTempDirectory("graceful-shutdown-pg"), DatabaseCredentials.generate(),
                0, Map.of());
        port = FreePorts.next();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(List.of(java,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                "-Dquarkus.datasource.username=" + PostgresAdmin.OWNER,
                "-Dquarkus.datasource.password=" + postgres.credentials().ownerPassword(),
                "-Dstatements.auth.bootstrap-admin-key=" + io.statements.support.TestCredentials.ADMIN_KEY,
                "-jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/graceful-shutdown-it.log"))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (status("/q/health/ready") != 200) {
            assertTrue(service.isAlive(), "the service exited; see target/graceful-shutdown-it.log");
            assertTrue(System.nanoTime() < deadline, "the service did not become ready in 600 s");
            Thread.sleep(200);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readinessGoesDownFirstThenTheServiceDrainsAndExits() throws Exception {
        assertEquals(200, status("/statements?limit=1"));
        service.destroy(); // SIGTERM, as the kubelet sends

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4); // inside the 5 s shutdown delay
        int readiness = status("/q/health/ready");
        while (readiness != 503 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            readiness = status("/q/health/ready");
        }
        assertEquals(503, readiness, "readiness must report DOWN as soon as shutdown starts");
        assertEquals(200, status("/statements?limit=1"), "requests are still served while endpoints are removed");

        assertTrue(service.waitFor(40, TimeUnit.SECONDS), "the service must exit within the grace period");
    }

    private int status(String path) {
        try {
            return given().port(port).get(path).statusCode();
        } catch (Exception notListening) { // RestAssured rethrows ConnectException unchecked
            return -1;
        }
    }
}
