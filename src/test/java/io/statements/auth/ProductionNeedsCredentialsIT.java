package io.statements.auth;

import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.statements.embedded.StrictPostgres;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged service with a production database but no way to authenticate refuses to start, and says why. */
class ProductionNeedsCredentialsIT {

    @Test
    void refusesToStartWithoutAnyCredentials() throws Exception {
        StrictPostgres postgres = StrictPostgres.start(Files.createTempDirectory("no-credentials-pg"),
                DatabaseCredentials.generate(), 0, Map.of());
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            File log = new File("target/production-needs-credentials-it.log");
            Process service = new ProcessBuilder(List.of(java, "-Dquarkus.http.port=0",
                    "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                    "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                    "-Dquarkus.datasource.username=" + PostgresAdmin.OWNER,
                    "-Dquarkus.datasource.password=" + postgres.credentials().ownerPassword(),
                    "-jar", "target/quarkus-app/quarkus-run.jar"))
                    .redirectErrorStream(true).redirectOutput(log).start();
            boolean exited = service.waitFor(300, TimeUnit.SECONDS);
            if (!exited) {
                service.destroyForcibly().waitFor();
            }
            assertTrue(exited, "the service kept running without credentials; see " + log);
            assertNotEquals(0, service.exitValue());
            String output = Files.readString(log.toPath());
            assertTrue(output.contains("No way to authenticate") && output.contains("STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY"),
                    "the log says what to configure: " + log);
        } finally {
            postgres.close();
        }
    }
}
