package io.statements.ingest;

import io.statements.common.CurrentActor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.Ids;
import io.statements.common.Timestamps;
import io.statements.ingest.BulkLineParser.Row;
import io.statements.ingest.BulkRefs.Resolved;
import io.statements.language.LanguageDetection;
import io.statements.statement.Origin;
import io.statements.statement.StatementChanged;
import io.statements.statement.StatementRequest;
import io.statements.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes one chunk of lines in the caller's transaction: references resolved in bulk, statements inserted with one
 * INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING (the unique indexes decide what is a duplicate, also
 * against concurrent writers), each with the id of an utterance of its own that the linker creates before commit
 * unless it links the statement elsewhere (so a statement is written once, not inserted and then updated), the stored twin of each duplicate found in one more query, and the CREATED
 * changes recorded last. Rows go in in index order, so two batches sharing statements cannot deadlock on them.
 */
@ApplicationScoped
class BulkRows {

    private static final String INSERT = """
            insert into statement (id, text, kind, speaker_id, outlet_id, article_id, cue, channel, via, stance,
                stance_target, topics, language, language_detected, stated_at, reported_at, origin, created_at, updated_at, version,
                external_id, utterance_id)
            select id, text, kind, sp, ou, ar, cue, ch, via, st, stt, array(select jsonb_array_elements_text(tp::jsonb)),
                lang, coalesce(detected, false), sa, ra, orig, ?, ?, 0, ext, id
            from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::timestamptz[], ?::timestamptz[], ?::text[],
                ?::text[]) as r(id, text, kind, sp, ou, ar, cue, ch, via, st, stt, tp, lang, detected, sa, ra, orig, ext)
            order by sp, ou, ar, statements_text_key(text)
            on conflict do nothing
            returning id""";

    private static final String EXISTING = """
            select r.i, coalesce(
                (select s.id from statement s where r.ext is not null and s.outlet_id = r.ou and s.external_id = r.ext),
                case when r.ar is null
                    then (select s.id from statement s where s.speaker_id = r.sp and s.outlet_id = r.ou
                          and s.article_id is null and statements_text_key(s.text) = statements_text_key(r.text))
                    else (select s.id from statement s where s.speaker_id = r.sp and s.outlet_id = r.ou
                          and s.article_id = r.ar and statements_text_key(s.text) = statements_text_key(r.text)) end)
            from unnest(?::int[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[]) as r(i, sp, ou, ar, text, ext)""";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Event<StatementChanged> changed;
    private final StatementService statements;
    private final LanguageDetection languages;

    BulkRows(EntityManager em, ObjectMapper mapper, Event<StatementChanged> changed, StatementService statements,
             LanguageDetection languages) {
        this.languages = languages;
        this.em = em;
        this.mapper = mapper;
        this.changed = changed;
        this.statements = statements;
    }

    /** One result per row, in the rows' order; {@code upsert}: the request's mode, for lines that name none. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<LineResult> write(List<Row> rows, BulkRefs refs, boolean upsert) {
        List<LineResult> results = new ArrayList<>(em.unwrap(Session.class).doReturningWork(c -> write(c, rows, refs)));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            LineResult result = results.get(i);
            boolean lineUpserts = row.upsert() != null ? row.upsert() : upsert;
            if (lineUpserts && row.externalId() != null && result.status() == LineResult.Status.DUPLICATE
                    && statements.updateFromJob(result.id(), row.request(), row.externalId(), Origin.IMPORTED)) {
                results.set(i, new LineResult(row.line(), LineResult.Status.UPDATED, result.id(), null));
            }
        }
        List<UUID> created = results.stream().filter(r -> r.status() == LineResult.Status.CREATED)
                .map(LineResult::id).toList();
        if (!created.isEmpty()) {
            changed.fire(new StatementChanged(StatementChanged.Type.CREATED, created, true));
        }
        return results;
    }

    private List<LineResult> write(Connection c, List<Row> rows, BulkRefs refs) throws SQLException {
        Instant now = Timestamps.now();
        // created_by / updated_by of the rows inserted below default to this transaction-local setting (V6_1)
        Jdbc.query(c, "select set_config('statements.actor', ?, true)", rs -> rs.getString(1), CurrentActor.get());
        // the rows below name utterances of their own that the linker creates in this transaction (V25_1); the
        // setting tells the linker's candidate reads to check that a statement's utterance exists yet (V27_1)
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("set constraints statement_utterance_fk deferred;"
                    + " select set_config('statements.utterances_deferred', 'on', true)");
        }
        List<Resolved> resolved = refs.resolve(c, rows.stream().map(Row::request).toList(), now);
        LineResult[] results = new LineResult[rows.size()];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (resolved.get(i).problem() != null) {
                results[i] = LineResult.invalid(rows.get(i).line(), resolved.get(i).problem());
            } else {
                valid.add(i);
            }
        }
        UUID[] ids = new UUID[rows.size()];
        valid.forEach(i -> ids[i] = Ids.newId());
        Set<UUID> inserted = new HashSet<>(valid.isEmpty() ? List.of() : Jdbc.query(c, INSERT,
                rs -> rs.getObject(1, UUID.class), insertParams(c, rows, resolved, valid, ids, now)));
        List<Integer> duplicates = new ArrayList<>();
        for (int i : valid) {
            if (inserted.contains(ids[i])) {
                results[i] = new LineResult(rows.get(i).line(), LineResult.Status.CREATED, ids[i], null);
            } else {
                duplicates.add(i);
            }
        }
        Map<Integer, UUID> existing = existing(c, rows, resolved, duplicates);
        for (int i : duplicates) {
            UUID id = existing.get(i);
            results[i] = id != null ? new LineResult(rows.get(i).line(), LineResult.Status.DUPLICATE, id, null)
                    : BulkImporter.failed(rows.get(i).line(), "the line conflicted with a concurrent change; send it again");
        }
        return List.of(results);
    }

    private Object[] insertParams(Connection c, List<Row> rows, List<Resolved> refs, List<Integer> valid, UUID[] ids,
                                  Instant now) throws SQLException {
        List<StatementRequest> rq = valid.stream().map(i -> rows.get(i).request()).toList();
        List<Resolved> rf = valid.stream().map(refs::get).toList();
        Timestamp at = Timestamp.from(now);
        // a line without a language gets the detected one, flagged as such (as POST /statements does)
        List<String> languages = new ArrayList<>(rq.size());
        Boolean[] detected = new Boolean[rq.size()];
        for (int k = 0; k < rq.size(); k++) {
            String sent = rq.get(k).language();
            String language = sent != null ? sent : this.languages.detect(rq.get(k).text()).orElse(null);
            languages.add(language);
            detected[k] = sent == null && language != null;
        }
        List<String> reported = new ArrayList<>();
        for (int k = 0; k < rq.size(); k++) {
            Instant value = rq.get(k).reportedAt() != null || rf.get(k).article() == null ? rq.get(k).reportedAt()
                    : rf.get(k).article().publishedAt();
            reported.add(text(value));
        }
        return new Object[] {at, at,
                Jdbc.uuids(c, valid.stream().map(i -> ids[i]).toList()),
                texts(c, rq, r -> r.text().strip()),
                texts(c, rq, r -> r.kind().name()),
                Jdbc.uuids(c, rf.stream().map(Resolved::speaker).toList()),
                Jdbc.uuids(c, rf.stream().map(Resolved::outlet).toList()),
                Jdbc.uuids(c, rf.stream().map(r -> r.article() == null ? null : r.article().id()).toList()),
                texts(c, rq, r -> StatementService.blankToNull(r.cue())),
                texts(c, rq, r -> r.channel() == null ? null : r.channel().name()),
                texts(c, rq, r -> StatementService.blankToNull(r.via())),
                texts(c, rq, r -> r.stance() == null ? null : r.stance().name()),
                texts(c, rq, r -> StatementService.blankToNull(r.stanceTarget())),
                texts(c, rq, this::topics),
                Jdbc.texts(c, languages),
                c.createArrayOf("bool", detected),
                texts(c, rq, r -> text(r.statedAt())),
                Jdbc.texts(c, reported),
                texts(c, rq, r -> (r.origin() == null ? Origin.IMPORTED : r.origin()).name()),
                Jdbc.texts(c, valid.stream().map(i -> rows.get(i).externalId()).toList())};
    }

    private Map<Integer, UUID> existing(Connection c, List<Row> rows, List<Resolved> refs, List<Integer> lines)
            throws SQLException {
        Map<Integer, UUID> found = new HashMap<>();
        if (lines.isEmpty()) {
            return found;
        }
        for (Object[] row : Jdbc.query(c, EXISTING, rs -> new Object[] {rs.getInt(1), rs.getObject(2, UUID.class)},
                c.createArrayOf("int4", lines.toArray(Integer[]::new)),
                Jdbc.uuids(c, lines.stream().map(i -> refs.get(i).speaker()).toList()),
                Jdbc.uuids(c, lines.stream().map(i -> refs.get(i).outlet()).toList()),
                Jdbc.uuids(c, lines.stream().map(i -> refs.get(i).article() == null ? null : refs.get(i).article().id())
                        .toList()),
                Jdbc.texts(c, lines.stream().map(i -> rows.get(i).request().text().strip()).toList()),
                Jdbc.texts(c, lines.stream().map(i -> rows.get(i).externalId()).toList()))) {
            if (row[1] != null) {
                found.put((Integer) row[0], (UUID) row[1]);
            }
        }
        return found;
    }

    private String topics(StatementRequest r) {
        List<String> topics = StatementService.distinctTopics(r.topics());
        try {
            return topics.isEmpty() ? null : mapper.writeValueAsString(topics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Instant value) {
        return value == null ? null : Timestamps.stored(value).toString();
    }

    private static java.sql.Array texts(Connection c, List<StatementRequest> rows, Function<StatementRequest, String> f)
            throws SQLException {
        return Jdbc.texts(c, rows.stream().map(f).toList());
    }
}
