package io.statements.search;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/** Readiness includes the search pool: searches fail while it cannot reach the database, even if JDBC can. */
@Readiness
@ApplicationScoped
class SearchDatabaseHealth implements AsyncHealthCheck {

    static final String NAME = "Search database connection";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SearchDatabaseHealth.class);

    private final SearchDatabase database;

    SearchDatabaseHealth(SearchDatabase database) {
        this.database = database;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return database.query(new Sql().add("select 1")).ifNoItem().after(Duration.ofSeconds(3)).fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure().invoke(e -> LOG.warnf("Readiness: the search pool cannot reach the database: %s", e.getMessage()))
                // the driver's text (hosts, users, server messages) goes to the log, never to the probe's output
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME).down()
                        .withData("error", "the database cannot be reached").build());
    }
}
