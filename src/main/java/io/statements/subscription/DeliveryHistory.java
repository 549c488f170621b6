package io.statements.subscription;

import io.statements.change.ChangeEvent;
import io.statements.common.ApiException;
import io.statements.common.Cursor;
import io.statements.common.Ids;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API shows of deliveries, and the manual retry. */
@ApplicationScoped
class DeliveryHistory {

    private static final String COLUMNS = "select id, event_type, seq, statement_id, status, attempts, last_attempt_at, "
            + "response_status, latency_ms, error, next_attempt_at, created_at from subscription_delivery ";

    private final EntityManager em;

    DeliveryHistory(EntityManager em) {
        this.em = em;
    }

    /** Newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    Page<DeliveryResponse> page(UUID subscription, String cursor, String requestedLimit) {
        int limit = Paging.limit(requestedLimit);
        String fingerprint = "deliveries:" + subscription;
        UUID after = cursor == null ? null : Cursor.decode(cursor, fingerprint, 1).uuidAt(0);
        var query = em.createNativeQuery(COLUMNS + "where subscription_id = :sub"
                + (after == null ? "" : " and id < :after") + " order by id desc limit " + (limit + 1))
                .setParameter("sub", subscription);
        if (after != null) {
            query.setParameter("after", after);
        }
        List<Object[]> rows = query.getResultList();
        return Paging.page(rows, limit, DeliveryHistory::view, r -> new Cursor(fingerprint, List.of(r[0].toString())));
    }

    @Transactional
    DeliveryResponse get(UUID subscription, UUID delivery) {
        List<?> rows = em.createNativeQuery(COLUMNS + "where subscription_id = :sub and id = :id")
                .setParameter("sub", subscription).setParameter("id", delivery).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Delivery", delivery);
        }
        return view((Object[]) rows.get(0));
    }

    /**
     * Queues the delivery again, due now, under the same webhook-id, with a fresh retry period. Deliveries go out
     * in feed order, so an older event retried goes out before the newer ones still queued.
     */
    @Transactional
    DeliveryResponse retry(UUID subscription, UUID delivery) {
        Instant now = Timestamps.now();
        int updated = em.createNativeQuery("update subscription_delivery set status = 'PENDING', first_attempt_at = null, attempts = 0, "
                        + "next_attempt_at = :now where subscription_id = :sub and id = :id")
                .setParameter("now", now).setParameter("sub", subscription).setParameter("id", delivery).executeUpdate();
        if (updated == 0) {
            throw ApiException.notFound("Delivery", delivery);
        }
        em.createNativeQuery("update subscription set next_run_at = :now where id = :sub")
                .setParameter("now", now).setParameter("sub", subscription).executeUpdate();
        return get(subscription, delivery);
    }

    /** A test ping, recorded like any delivery (its attempt is made at once by the caller). */
    @Transactional
    UUID newPing(UUID subscription, String payload) {
        UUID id = Ids.newId();
        em.createNativeQuery("insert into subscription_delivery (id, subscription_id, seq, event_type, payload, status, "
                        + "created_at) values (:id, :sub, null, 'ping', :payload, 'SENDING', :now)")
                .setParameter("id", id).setParameter("sub", subscription).setParameter("payload", payload)
                .setParameter("now", Timestamps.now()).executeUpdate();
        return id;
    }

    private static DeliveryResponse view(Object[] r) {
        return new DeliveryResponse((UUID) r[0], (String) r[1],
                r[2] == null ? null : ChangeEvent.cursorOf(((Number) r[2]).longValue()), (UUID) r[3], (String) r[4],
                ((Number) r[5]).intValue(), DeliveryLog.instant(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(),
                r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9],
                "PENDING".equals(r[4]) ? DeliveryLog.instant(r[10]) : null, DeliveryLog.instant(r[11]));
    }
}
