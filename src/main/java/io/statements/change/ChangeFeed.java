package io.statements.change;

import io.statements.common.ApiException;
import io.statements.common.Cursor;
import io.statements.common.Page;
import io.statements.statement.StatementChanged;
import io.statements.statement.StatementResponse;
import io.statements.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the change feed: changes after a cursor, each with the statement's current representation. */
@ApplicationScoped
class ChangeFeed {

    static final String LATEST = "latest";
    private static final String FINGERPRINT = "changes";

    private final EntityManager em;
    private final StatementService statements;

    ChangeFeed(EntityManager em, StatementService statements) {
        this.em = em;
        this.statements = statements;
    }

    /** A feed has no last page: next_cursor is always given, so a reader can poll again from where it stopped. */
    @Transactional
    Page<ChangeEvent> page(long afterSeq, int limit, String actor) {
        List<ChangeEvent> items = after(afterSeq, limit, actor);
        return new Page<>(items, items.isEmpty() ? cursorOf(afterSeq) : items.get(items.size() - 1).cursor());
    }

    @Transactional
    List<ChangeEvent> after(long afterSeq, int limit) {
        return after(afterSeq, limit, null);
    }

    /**
     * Changes after a position; with an actor, only that actor's: the whole actor string, or its part before
     * " (" (so {@code user:alice} finds {@code user:alice (f81d...)}).
     */
    @Transactional
    List<ChangeEvent> after(long afterSeq, int limit, String actor) {
        var query = em.createNativeQuery("select seq, type, statement_id, changed_at, actor from statement_change"
                        + " where seq > :after"
                        + (actor == null ? "" : " and (actor = :actor or starts_with(actor, :actor || ' ('))")
                        + " order by seq limit :limit")
                .setParameter("after", afterSeq).setParameter("limit", limit);
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[2]).distinct().toList();
        Map<UUID, StatementResponse> current = statements.getAll(ids);
        List<ChangeEvent> events = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            StatementResponse statement = current.get((UUID) r[2]);
            events.add(new ChangeEvent(cursorOf(seq), seq, StatementChanged.Type.valueOf((String) r[1]), (UUID) r[2],
                    instant(r[3]), (String) r[4], statement, statement == null ? Boolean.TRUE : null));
        }
        return events;
    }

    /** The newest committed position; cheap, so idle streams need no per-subscriber query. */
    @Transactional
    long lastSeq() {
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult())
                .longValue();
    }

    static String cursorOf(long seq) {
        return new Cursor(FINGERPRINT, List.of(Long.toString(seq))).encode();
    }

    /** The position a client cursor stands for; absent means the beginning of the feed, "latest" its current end. */
    long seqOf(String cursor, String field) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        if (LATEST.equals(cursor.strip())) {
            return lastSeq();
        }
        if (cursor.length() > 200) {
            throw ApiException.invalid(field, "malformed cursor; use a cursor exactly as returned");
        }
        try {
            long seq = Long.parseLong(Cursor.decode(cursor.strip(), FINGERPRINT, 1).keys().get(0));
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException | ApiException e) {
            // reported below under the client's own parameter name
        }
        throw ApiException.invalid(field, "malformed cursor; use a cursor exactly as returned");
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
