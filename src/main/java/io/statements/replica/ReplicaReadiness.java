package io.statements.replica;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Reports the read replica in readiness: REPLAYING within {@link ReplicaConfig#maxLag()}, LAGGING past it, or
 * UNREACHABLE. It stays UP in every case, by design: every service instance shares the replica, so failing
 * readiness would take all of them out of service while the primary can serve every read. Instead a lagging or
 * unreachable replica is avoided by reads (they go to the primary) until a later probe finds it well again.
 */
@Readiness
@ApplicationScoped
class ReplicaReadiness implements AsyncHealthCheck {

    private final ReadReplica replica;

    ReplicaReadiness(ReadReplica replica) {
        this.replica = replica;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!replica.configured()) {
            return Uni.createFrom().item(HealthCheckResponse.named("Read replica").up()
                    .withData("state", "NONE").build());
        }
        return replica.state().ifNoItem().after(Duration.ofSeconds(3)).fail().map(row -> {
            long lag = row.getLong(0);
            boolean lagging = lag > replica.maxLag().toMillis();
            replica.lagging(lagging);
            return HealthCheckResponse.named("Read replica").up()
                    .withData("state", lagging ? "LAGGING" : "REPLAYING").withData("lag_ms", lag)
                    .withData("max_lag_ms", replica.maxLag().toMillis())
                    .withData("replayed_lsn", String.valueOf(row.getString(1))).build();
        }).onFailure().recoverWithItem(e -> {
            replica.failed(e);
            return HealthCheckResponse.named("Read replica").up().withData("state", "UNREACHABLE").build();
        });
    }
}
