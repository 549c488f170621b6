package io.statements.replica;

import io.smallrye.mutiny.Uni;
import io.statements.common.ApiException;
import io.vertx.sqlclient.Pool;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Read your own writes with a replica: a successful write's response carries the primary's WAL insert position
 * after its commit (the insert position, not the write position: with asynchronous commit the commit record may
 * not be written yet, and the insert position is past it in either case) ({@value #HEADER}: 0/16B3740); a read that sends it back is served by the replica only once the replica
 * has replayed that far, else by the primary ({@link ReadDatabase}). Without a replica neither happens.
 */
class ReadYourWrites {

    static final String HEADER = "Commit-LSN";
    private static final Pattern LSN = Pattern.compile("[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}");
    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final ReadReplica replica;
    private final ReadPosition position;
    private final Pool primary;

    ReadYourWrites(ReadReplica replica, ReadPosition position, Pool primary) {
        this.replica = replica;
        this.position = position;
        this.primary = primary;
    }

    @ServerRequestFilter
    void readPosition(ContainerRequestContext request) {
        if (!replica.configured() || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String lsn = request.getHeaderString(HEADER);
        if (lsn != null) {
            if (!LSN.matcher(lsn.strip()).matches()) {
                throw ApiException.invalid(HEADER, "must be a WAL position as a write returned it, such as 0/16B3740");
            }
            position.lsn(lsn.strip());
        }
    }

    /** Null (nothing to wait for) unless a write succeeded with a replica configured: no Uni on every read (#16). */
    @ServerResponseFilter
    Uni<Void> commitPosition(ContainerRequestContext request, ContainerResponseContext response) {
        if (!replica.configured() || !WRITES.contains(request.getMethod()) || response.getStatus() >= 300) {
            return null;
        }
        return Uni.createFrom().completionStage(() -> primary.query("select pg_current_wal_insert_lsn()::text").execute()
                        .toCompletionStage())
                .invoke(rows -> response.getHeaders().putSingle(HEADER, rows.iterator().next().getString(0)))
                .onFailure().recoverWithNull() // the write is done; without the header a read may only lag
                .replaceWithVoid();
    }
}
