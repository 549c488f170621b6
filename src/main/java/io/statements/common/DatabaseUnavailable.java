package io.statements.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The database cannot serve right now (restart, failover, network, no connection to spare): a 503 problem with
 * Retry-After rather than a 500, because the client did nothing wrong and the same request will succeed once the
 * database is back (the pools reconnect by themselves). Recognised anywhere in the cause chain, whichever client
 * (JDBC, reactive) and layer (Hibernate, Agroal, Vert.x) reported it; {@link ProblemMappers} asks
 * {@link #isCause} before answering 500.
 */
public final class DatabaseUnavailable {

    static final String TYPE = "/problems/database-unavailable";
    /** Seconds a client should wait: a PostgreSQL restart or a CloudNativePG switchover takes a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;
    static final String DETAIL = "The database is unavailable (restarting, failing over or overloaded); retry after "
            + RETRY_AFTER_SECONDS + " seconds";
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    /**
     * SQLSTATEs meaning "not now" rather than "wrong": connection exceptions (class 08), the server shutting down or
     * starting (57P01-57P03), too many connections (53300), a read-only former primary during failover (25006), a
     * read cancelled for running past statements.search.statement-timeout (57014: the database is too busy for it now,
     * or the filters ask for too much at once).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "25006", "57014");
    private static final int MAX_DEPTH = 20;
    /** Exceptions looked at in one failure's causes and suppressed exceptions, so a cycle or a huge tree ends. */
    private static final int MAX_SEEN = 64;
    /**
     * What the drivers say, without a type or SQLSTATE of their own, when the server vanished: the reactive client
     * after a connection drops mid-query, its pool when closed or saturated (statements.search.max-waiting).
     */
    private static final List<String> LOST_CONNECTION = List.of("max wait queue size",
            "underlying connection might get lost", "Connection reset", "Connection is not active", "Pool closed",
            "Broken pipe", "connection has been closed", "Connection was closed");

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or any of its causes or suppressed exceptions, says the database is unreachable or has no room. */
    public static boolean isCause(Throwable failure) {
        // Causes and suppressed exceptions both: Narayana reports a commit that failed on a dropped connection as a
        // RollbackException whose driver error is only suppressed, not its cause.
        ArrayDeque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < MAX_SEEN) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException()); // a batch's failures chain here
            }
            if (t instanceof JDBCConnectionException || t instanceof ConnectException
                    || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailable(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && unavailable(pg.getSqlState())) {
                return true;
            }
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true; // the server went away mid-request (reset, broken pipe, closed stream)
            }
            String message = String.valueOf(t.getMessage());
            if (LOST_CONNECTION.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || STATES.contains(sqlState));
    }

    /** The response: 503, Retry-After, and a problem that says what to do, never the driver's message. */
    public static Response response(Throwable failure, String path) {
        LOG.warnf("Database unavailable on %s: %s", path, rootMessage(failure));
        Problem problem = new Problem(TYPE, "Service Unavailable", 503, DETAIL, path, null);
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Explicit mappers, so a more general mapper added elsewhere (persistence errors) cannot claim these. */
    static class Mappers {

        @ServerExceptionMapper
        Response connection(JDBCConnectionException e, UriInfo uri) {
            return response(e, path(uri));
        }

        @ServerExceptionMapper
        Response refused(ConnectException e, UriInfo uri) {
            return response(e, path(uri));
        }

        @ServerExceptionMapper
        Response closed(io.vertx.sqlclient.ClosedConnectionException e, UriInfo uri) {
            return response(e, path(uri));
        }

        private static String path(UriInfo uri) {
            return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        }
    }
}
