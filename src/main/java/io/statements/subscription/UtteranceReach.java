package io.statements.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How far the utterances of some statements have spread: their report and outlet counts, read when the change is
 * matched (linking assigns a statement its utterance in the transaction that stores it, so the count is there).
 * Outlets, not statements, are what "reported by three outlets" means: two reports of one outlet count once.
 */
@ApplicationScoped
class UtteranceReach {

    /** Outlets named in a payload; the count says how many there are in all. */
    static final int MAX_OUTLETS = 20;

    private final EntityManager em;

    UtteranceReach(EntityManager em) {
        this.em = em;
    }

    /**
     * One utterance as an utterance.reported payload shows it. {@code outletsWhenStored} counts only the reports
     * stored up to the statement itself: matching may run after later reports arrived, and the event belongs to
     * the report that crossed the threshold, not to an earlier one matched late.
     */
    record Reach(UUID id, int reportCount, int outletCount, int outletsWhenStored, Instant firstReportedAt,
                 Instant lastReportedAt) {
    }

    /** The utterance of each statement (statement id to reach); statements without one are absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    Map<UUID, Reach> of(Collection<UUID> statements) {
        if (statements.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select s.id, u.id, u.reports, u.first_reported_at, u.last_reported_at,
                               (select count(distinct x.outlet_id) from statement x where x.utterance_id = u.id),
                               (select count(distinct x.outlet_id) from statement x where x.utterance_id = u.id
                                   and (x.created_at, x.id) <= (s.created_at, s.id))
                        from statement s join utterance u on u.id = s.utterance_id where s.id in (:ids)""")
                .setParameter("ids", statements).getResultList();
        Map<UUID, Reach> reach = new HashMap<>();
        for (Object[] r : rows) {
            UUID utterance = (UUID) r[1];
            reach.put((UUID) r[0], new Reach(utterance, ((Number) r[2]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(), DeliveryLog.instant(r[3]), DeliveryLog.instant(r[4])));
        }
        return reach;
    }

    /** The outlets named in a payload: read only for an event that goes out, never per matched statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outlets(UUID utterance) {
        List<Object[]> rows = em.createNativeQuery("""
                        select o.id, o.name, o.domain from outlet o
                        where o.id in (select x.outlet_id from statement x where x.utterance_id = :u)
                        order by o.name, o.id limit :max""")
                .setParameter("u", utterance).setParameter("max", MAX_OUTLETS).getResultList();
        return rows.stream().map(r -> {
            Map<String, Object> outlet = new LinkedHashMap<>();
            outlet.put("id", r[0]);
            outlet.put("name", r[1]);
            outlet.put("domain", r[2]);
            return outlet;
        }).toList();
    }

    /** The payload's view of the utterance (snake_case like the API). */
    Map<String, Object> view(Reach reach) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", reach.id());
        view.put("report_count", reach.reportCount());
        view.put("outlet_count", reach.outletCount());
        view.put("outlets", outlets(reach.id()));
        view.put("first_reported_at", reach.firstReportedAt());
        view.put("last_reported_at", reach.lastReportedAt());
        return view;
    }
}
