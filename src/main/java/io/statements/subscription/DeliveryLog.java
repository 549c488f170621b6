package io.statements.subscription;

import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The delivery state in PostgreSQL: leases on subscriptions, the queue of events per subscription and the
 * outcome of every attempt. Nothing lives only in memory, so a restarted or second replica continues exactly
 * where the state says. A replica changes a subscription's position only while it holds the lease.
 */
@ApplicationScoped
class DeliveryLog {

    private final EntityManager em;

    DeliveryLog(EntityManager em) {
        this.em = em;
    }

    /** The newest position of the change feed. */
    @Transactional
    long lastSeq() {
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult())
                .longValue();
    }

    /** Where delivery stands: the last position fully handled, and how many feed changes lie beyond it. */
    record Progress(long position, long lag) {
    }

    @Transactional
    Progress progress(UUID subscription, long position) {
        Object[] row = (Object[]) em.createNativeQuery("select (select min(seq) - 1 from subscription_delivery "
                        + "where subscription_id = :id and status = 'PENDING' and seq is not null), "
                        + "(select last_seq from change_counter where id = 1)")
                .setParameter("id", subscription).getSingleResult();
        long done = row[0] == null ? position : Math.min(position, ((Number) row[0]).longValue());
        return new Progress(done, Math.max(0, ((Number) row[1]).longValue() - done));
    }

    /** Takes up to {@code count} subscriptions that have work now and that no live lease holds. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<UUID> claim(String owner, int count, Duration lease) {
        return em.createNativeQuery("""
                        update subscription set lease_owner = :owner, lease_until = now() + make_interval(secs => :lease)
                        where id in (select s.id from subscription s where s.status = 'ACTIVE' and s.next_run_at <= now()
                            and (s.lease_until is null or s.lease_until < now())
                            and (s.position < (select last_seq from change_counter where id = 1)
                                 or exists (select 1 from subscription_delivery d
                                            where d.subscription_id = s.id and d.status = 'PENDING'))
                            order by s.next_run_at limit :count for update skip locked)
                        returning id""", UUID.class)
                .setParameter("owner", owner).setParameter("lease", (double) lease.toMillis() / 1000)
                .setParameter("count", count).getResultList();
    }

    /** Gives the lease up; the subscription is looked at again from {@code nextRun}. */
    @Transactional
    void release(UUID subscription, String owner, Instant nextRun) {
        em.createNativeQuery("update subscription set lease_owner = null, lease_until = null, "
                        + "next_run_at = greatest(:next, next_run_at) where id = :id and lease_owner = :owner")
                .setParameter("next", nextRun).setParameter("id", subscription).setParameter("owner", owner)
                .executeUpdate();
    }

    /** Releases every lease of this replica (shutdown), so another replica continues at once. */
    @Transactional
    void releaseAll(String owner) {
        em.createNativeQuery("update subscription set lease_owner = null, lease_until = null where lease_owner = :owner")
                .setParameter("owner", owner).executeUpdate();
    }

    /** The subscription as the worker needs it, with its oldest pending event; null when not (or no longer) ours. */
    @Transactional
    Work work(UUID subscription, String owner) {
        List<?> rows = em.createNativeQuery("""
                        select s.url, s.secret, case when s.previous_secret_until > now() then s.previous_secret end,
                               s.position, s.filter, s.events, s.min_reports,
                               d.id, d.seq, d.event_type, d.payload, d.first_attempt_at, d.next_attempt_at, d.attempts
                        from subscription s left join lateral (select * from subscription_delivery x
                            where x.subscription_id = s.id and x.status = 'PENDING'
                            order by x.seq nulls first, x.id limit 1) d on true
                        where s.id = :id and s.lease_owner = :owner and s.status = 'ACTIVE'""")
                .setParameter("id", subscription).setParameter("owner", owner).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        Pending head = r[7] == null ? null : new Pending((UUID) r[7], r[8] == null ? null : ((Number) r[8]).longValue(),
                (String) r[9], (String) r[10], instant(r[11]), instant(r[12]), ((Number) r[13]).intValue());
        return new Work(subscription, (String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], List.of(((String) r[5]).split(",")),
                r[6] == null ? EventType.DEFAULT_MIN_REPORTS : ((Number) r[6]).intValue(), head);
    }

    /**
     * Queues matched events and moves the position past the changes examined, atomically and only under our
     * lease; false when the lease was lost (nothing is written then).
     */
    @Transactional
    boolean enqueue(UUID subscription, String owner, long from, long to, List<Event> events) {
        int moved = em.createNativeQuery("update subscription set position = :to "
                        + "where id = :id and lease_owner = :owner and position = :from")
                .setParameter("to", to).setParameter("id", subscription).setParameter("owner", owner)
                .setParameter("from", from).executeUpdate();
        if (moved == 0) {
            return false;
        }
        Instant now = Timestamps.now();
        for (Event e : events) {
            em.createNativeQuery("insert into subscription_delivery (id, subscription_id, seq, event_type, "
                            + "statement_id, utterance_id, payload, status, next_attempt_at, created_at) "
                            + "values (:id, :sub, :seq, :type, :statement, :utterance, :payload, 'PENDING', :now, :now)")
                    .setParameter("id", e.id()).setParameter("sub", subscription).setParameter("seq", e.seq())
                    .setParameter("type", e.type()).setParameter("statement", e.statementId())
                    .setParameter("utterance", e.utteranceId())
                    .setParameter("payload", e.payload()).setParameter("now", now).executeUpdate();
        }
        return true;
    }

    /** Whether an earlier event about this statement was queued for the subscription (used for deletions). */
    @Transactional
    boolean wasSent(UUID subscription, UUID statement) {
        return !em.createNativeQuery("select 1 from subscription_delivery where subscription_id = :sub "
                        + "and statement_id = :statement and event_type <> 'statement.deleted' limit 1")
                .setParameter("sub", subscription).setParameter("statement", statement).getResultList().isEmpty();
    }

    /** Whether utterance.reported already went (or is queued) to the subscription for this utterance. */
    @Transactional
    boolean utteranceSent(UUID subscription, UUID utterance) {
        return !em.createNativeQuery("select 1 from subscription_delivery where subscription_id = :sub "
                        + "and utterance_id = :utterance and event_type = 'utterance.reported' limit 1")
                .setParameter("sub", subscription).setParameter("utterance", utterance).getResultList().isEmpty();
    }

    /** Records one attempt's outcome on the delivery. */
    @Transactional
    void recordAttempt(UUID delivery, String status, WebhookSender.Outcome outcome, Instant nextAttempt) {
        em.createNativeQuery("update subscription_delivery set status = :status, attempts = attempts + 1, "
                        + "first_attempt_at = coalesce(first_attempt_at, :now), last_attempt_at = :now, "
                        + "next_attempt_at = :next, response_status = :code, latency_ms = :latency, error = :error "
                        + "where id = :id")
                .setParameter("status", status).setParameter("now", Timestamps.now())
                .setParameter("next", nextAttempt).setParameter("code", outcome.status())
                .setParameter("latency", (int) Math.min(Integer.MAX_VALUE, outcome.latencyMillis()))
                .setParameter("error", truncate(outcome.error())).setParameter("id", delivery).executeUpdate();
    }

    /** The receiver keeps failing: the subscription waits until the retry is due (or the reason is shown). */
    @Transactional
    void noteFailure(UUID subscription, String reason) {
        em.createNativeQuery("update subscription set failure_reason = :reason where id = :id")
                .setParameter("reason", truncate(reason)).setParameter("id", subscription).executeUpdate();
    }

    @Transactional
    void clearFailure(UUID subscription) {
        em.createNativeQuery("update subscription set failure_reason = null where id = :id and failure_reason is not null")
                .setParameter("id", subscription).executeUpdate();
    }

    /** Retries exhausted: FAILING until re-enabled; the undelivered event stays queued, first in line. */
    @Transactional
    void markFailing(UUID subscription, String reason) {
        em.createNativeQuery("update subscription set status = 'FAILING', failing_since = :now, failure_reason = :reason, "
                        + "version = version + 1, updated_at = :now where id = :id and status = 'ACTIVE'")
                .setParameter("now", Timestamps.now()).setParameter("reason", truncate(reason))
                .setParameter("id", subscription).executeUpdate();
    }

    /** Re-enabled: the queued events get a fresh retry period, starting now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void resume(UUID subscription) {
        Instant now = Timestamps.now();
        em.createNativeQuery("update subscription_delivery set first_attempt_at = null, attempts = 0, next_attempt_at = :now "
                        + "where subscription_id = :id and status = 'PENDING'")
                .setParameter("now", now).setParameter("id", subscription).executeUpdate();
        em.createNativeQuery("update subscription set next_run_at = :now where id = :id")
                .setParameter("now", now).setParameter("id", subscription).executeUpdate();
    }

    static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A subscription leased by this replica. */
    record Work(UUID id, String url, String secret, String previousSecret, long position, String filter,
                List<String> events, int minReports, Pending head) {
    }

    /** The oldest undelivered event of a subscription. */
    record Pending(UUID id, Long seq, String eventType, String payload, Instant firstAttemptAt, Instant nextAttemptAt,
                   int attempts) {
    }

    /** A matched change, ready to queue. */
    record Event(UUID id, long seq, String type, UUID statementId, UUID utteranceId, String payload) {
    }
}
