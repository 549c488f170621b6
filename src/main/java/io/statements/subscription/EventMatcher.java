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
 * utterance.reported goes out once per utterance: with the first matching change after which the statement's
 * utterance is reported by at least the subscription's min_reports outlets.
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
    private final UtteranceReach reach;

    EventMatcher(EntityManager em, StatementMatcher matcher, StatementService statements,
                 SubscriptionFilters filters, DeliveryLog log, ObjectMapper mapper, UtteranceReach reach) {
        this.em = em;
        this.matcher = matcher;
        this.statements = statements;
        this.filters = filters;
        this.log = log;
        this.mapper = mapper;
        this.reach = reach;
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
        boolean utterances = work.events().contains(EventType.UTTERANCE_REPORTED.wire);
        List<UUID> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            EventType type = EventType.of(StatementChanged.Type.valueOf((String) r[1]));
            if (type != EventType.STATEMENT_DELETED && (utterances || work.events().contains(type.wire))) {
                candidates.add((UUID) r[2]);
            }
        }
        Set<UUID> matching = filter.isEmpty() ? Set.copyOf(candidates) : matcher.matching(filter, candidates);
        Map<UUID, StatementResponse> current = statements.getAll(matching);
        Map<UUID, UtteranceReach.Reach> reach = utterances ? this.reach.of(matching) : Map.of();
        List<DeliveryLog.Event> events = new ArrayList<>();
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            EventType type = EventType.of(StatementChanged.Type.valueOf((String) r[1]));
            UUID statement = (UUID) r[2];
            Instant changedAt = DeliveryLog.instant(r[3]);
            if (work.events().contains(type.wire) && (type == EventType.STATEMENT_DELETED
                    ? filter.isEmpty() || log.wasSent(work.id(), statement) || queued(events, statement)
                    : matching.contains(statement))) {
                events.add(new DeliveryLog.Event(Ids.newId(), seq, type.wire, statement, null,
                        payload(type.wire, work.id(), seq, statement, changedAt,
                                type == EventType.STATEMENT_DELETED ? null : current.get(statement), null)));
            }
            UtteranceReach.Reach spread = type == EventType.STATEMENT_DELETED ? null : reach.get(statement);
            if (spread != null && spread.outletsWhenStored() >= work.minReports()
                    && events.stream().noneMatch(e -> spread.id().equals(e.utteranceId()))
                    && !log.utteranceSent(work.id(), spread.id())) {
                String wire = EventType.UTTERANCE_REPORTED.wire;
                events.add(new DeliveryLog.Event(Ids.newId(), seq, wire, statement, spread.id(),
                        payload(wire, work.id(), seq, statement, changedAt, current.get(statement), spread)));
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
                   StatementResponse representation, UtteranceReach.Reach utterance) {
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
        if (utterance != null) {
            data.put("utterance", reach.view(utterance));
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
