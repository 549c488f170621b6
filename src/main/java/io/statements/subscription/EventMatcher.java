package io.statements.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.change.ChangeEvent;
import io.statements.common.Ids;
import io.statements.search.StatementMatcher;
import io.statements.statement.StatementChanged;
import io.statements.statement.StatementResponse;
import io.statements.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Matches the next changes of the feed against a subscription, outside any write transaction. Created and updated
 * statements match when GET /statements with the subscription's filter would list them now (the search's SQL,
 * restricted to the changed ids). A deleted statement no longer has content to match: its deletion goes to
 * subscriptions without a filter and to those that were sent an earlier event about that statement.
 */
@ApplicationScoped
class EventMatcher {

    static final int BATCH = 100;

    private final EntityManager em;
    private final StatementMatcher matcher;
    private final StatementService statements;
    private final SubscriptionFilters filters;
    private final DeliveryLog log;
    private final ObjectMapper mapper;

    EventMatcher(EntityManager em, StatementMatcher matcher, StatementService statements,
                 SubscriptionFilters filters, DeliveryLog log, ObjectMapper mapper) {
        this.em = em;
        this.matcher = matcher;
        this.statements = statements;
        this.filters = filters;
        this.log = log;
        this.mapper = mapper;
    }

    /** The changes after the work's position, up to {@link #BATCH}; empty when the feed has nothing newer. */
    record Batch(long to, List<DeliveryLog.Event> events) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    Batch next(DeliveryLog.Work work) {
        List<Object[]> rows = em.createNativeQuery("select seq, type, statement_id, changed_at from statement_change "
                        + "where seq > :after order by seq limit " + BATCH)
                .setParameter("after", work.position()).getResultList();
        if (rows.isEmpty()) {
            return new Batch(work.position(), List.of());
        }
        Map<String, List<String>> filter = filters.fromJson(work.filter());
        List<UUID> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            EventType type = EventType.of(StatementChanged.Type.valueOf((String) r[1]));
            if (type != EventType.STATEMENT_DELETED && work.events().contains(type.wire)) {
                candidates.add((UUID) r[2]);
            }
        }
        Set<UUID> matching = filter.isEmpty() ? Set.copyOf(candidates) : matcher.matching(filter, candidates);
        Map<UUID, StatementResponse> current = statements.getAll(matching);
        List<DeliveryLog.Event> events = new ArrayList<>();
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            EventType type = EventType.of(StatementChanged.Type.valueOf((String) r[1]));
            UUID statement = (UUID) r[2];
            if (!work.events().contains(type.wire)) {
                continue;
            }
            boolean matches = type == EventType.STATEMENT_DELETED
                    ? filter.isEmpty() || log.wasSent(work.id(), statement) || queued(events, statement)
                    : matching.contains(statement);
            if (matches) {
                UUID id = Ids.newId();
                events.add(new DeliveryLog.Event(id, seq, type.wire, statement,
                        payload(type.wire, work.id(), seq, statement, DeliveryLog.instant(r[3]),
                                type == EventType.STATEMENT_DELETED ? null : current.get(statement))));
            }
        }
        return new Batch(((Number) rows.get(rows.size() - 1)[0]).longValue(), events);
    }

    private static boolean queued(List<DeliveryLog.Event> events, UUID statement) {
        return events.stream().anyMatch(e -> e.statementId().equals(statement));
    }

    /**
     * Standard Webhooks body: type, timestamp and data. data carries the statement as GET /statements/{id} shows
     * it (absent once deleted) and the change-feed position, resumable with GET /changes?after=.
     */
    String payload(String type, UUID subscription, Long seq, UUID statement, Instant changedAt,
                   StatementResponse representation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscription_id", subscription);
        if (seq != null) {
            data.put("position", ChangeEvent.cursorOf(seq));
            data.put("seq", seq);
        }
        if (statement != null) {
            data.put("statement_id", statement);
        }
        if (representation != null) {
            data.put("statement", representation);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", changedAt);
        body.put("data", data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
