package io.statements.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Readiness of the JDBC pool, in place of the built-in check ({@code quarkus.datasource.health.enabled=false}),
 * whose output echoes the driver's error text (host names, user names, server messages) to anyone who can reach
 * {@code /q/health}. The driver's error goes to the log; the probe says only that the database is unreachable.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    static final String NAME = "Database connections";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int TIMEOUT_SECONDS = 3;

    private final AgroalDataSource dataSource;

    DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up(NAME);
            }
            LOG.warn("Readiness: a pooled database connection is not valid");
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Readiness: the database cannot be reached: %s", e.getMessage());
        }
        return HealthCheckResponse.named(NAME).down().withData("error", "the database cannot be reached").build();
    }
}
