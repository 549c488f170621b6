package io.statements.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Map;

/**
 * What a failure of the database layer means to the client, however deeply the persistence and transaction layers
 * wrapped it. One place for every endpoint, so a service needs no try/catch of its own around a flush or a commit:
 * <ul>
 * <li>a lost optimistic-lock race (the row's version moved, or the row went, between read and write) is a
 *     {@code 412} with the current ETag when the client sent If-Match, else a {@code 409} to read and retry;</li>
 * <li>a unique violation is a {@code 409} naming what is duplicated; a foreign-key violation a {@code 409} "in use";
 *     a serialization failure or deadlock a {@code 409} to retry;</li>
 * <li>a value PostgreSQL cannot store is a {@code 400} (the input checks should have caught it first).</li>
 * </ul>
 */
final class PersistenceProblems {

    private static final Logger LOG = Logger.getLogger(PersistenceProblems.class);

    /** Unique indexes whose violation the client caused, worded for the client. */
    private static final Map<String, String> UNIQUE = Map.of(
            "statement_natural_key", "Another statement already has this speaker, outlet, article and text",
            "outlet_domain_key", "Another outlet already has this domain",
            "article_url_key", "Another article already has this URL",
            "statement_external_id_key", "Another statement of this outlet already has this external_id");

    private PersistenceProblems() {
    }

    /** The problem for {@code failure}, or null when it is not a database failure the client can act on. */
    static ApiException classify(Throwable failure, boolean ifMatchSent) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return lostRace(failure, ifMatchSent);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                ApiException problem = bySqlState(sql.getSQLState(), constraint(failure));
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static ApiException lostRace(Throwable failure, boolean ifMatchSent) {
        String current = currentTag(failure);
        if (ifMatchSent) {
            return ApiException.staleVersion(current, "The resource was changed by another request since the version "
                    + "in If-Match" + (current == null ? "" : " (it is now " + current + ")") + "; fetch it again and retry");
        }
        return new ApiException(ProblemType.CONCURRENT_UPDATE, "Another request changed or deleted this resource "
                + "while yours was processed; fetch it again and retry (send If-Match to get 412 instead)", null);
    }

    /** The ETag of the row that won the race, read in a fresh transaction; null when it is gone or unknown. */
    private static String currentTag(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleObjectStateException stale && stale.getIdentifier() != null) {
                try {
                    return QuarkusTransaction.requiringNew().call(() -> {
                        EntityManager em = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
                        Object row = em.find(Class.forName(stale.getEntityName()), stale.getIdentifier());
                        return row instanceof AuditedEntity audited ? ETags.of(audited.version).toString() : null;
                    });
                } catch (RuntimeException e) {
                    LOG.debug("Cannot read the current version after a lost race", e);
                    return null;
                }
            }
        }
        return null;
    }

    private static ApiException bySqlState(String state, String constraint) {
        return switch (state) {
            case "23505" -> ApiException.conflict(UNIQUE.getOrDefault(constraint,
                    "The change would duplicate an existing resource"));
            case "23503" -> ApiException.conflict("The resource is still referenced by others (or references one that "
                    + "was just deleted); remove those references first, or retry");
            case "40001", "40P01", "55P03" -> new ApiException(ProblemType.CONCURRENT_UPDATE,
                    "The change collided with a concurrent one; retry it", null);
            case "22001" -> ApiException.badRequest("A value is longer than the service stores");
            case "22008" -> ApiException.badRequest("A timestamp is outside the range the service stores; "
                    + Timestamps.RANGE.replaceFirst("^must", "timestamps must"));
            case "22021", "22P05", "54000" -> ApiException.badRequest("A value contains characters the service cannot store");
            default -> null;
        };
    }

    private static String constraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName();
            }
            if (t instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                    && p.getServerErrorMessage().getConstraint() != null) {
                return p.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }
}
