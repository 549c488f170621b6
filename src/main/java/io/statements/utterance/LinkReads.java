package io.statements.utterance;

import io.statements.utterance.LinkStore.Row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.statements.utterance.LinkStore.LINK_AT;

/**
 * The linker's reads, on the caller's connection and transaction: the statements to link with their utterances and
 * stored words, and their candidates, read by range so that a create at 1M statements reads a few adjacent index
 * pages (docs/linking.md, rounds 7 and 8). Set-based: a whole batch of statements costs a fixed number of round trips.
 */
final class LinkReads {

    /**
     * A statement's stored words stand for its text when they were stored for its current version (any edit raises
     * it) and where it stands now, its speaker and time (V27_1: found there by {@code statement_words_link_idx});
     * otherwise they are taken for missing, made again from the text and stored again.
     */
    private static final String WORDS_CURRENT = "w.statement_version = s.version and w.speaker_id = s.speaker_id"
            + " and w.link_at = " + LINK_AT;
    private static final String WORDS_HASH = "case when " + WORDS_CURRENT + " then w.text_hash end";
    private static final String COLUMNS = "select s.id, s.speaker_id, s.text, s.stated_at, " + LINK_AT
            + ", s.utterance_id, s.link_manual, coalesce(u.closed, false), u.speaker_id, s.kind = 'INDIRECT',"
            + " s.link_rule, e.text_hash, e.vector, " + WORDS_HASH + ", w.words,"
            + " s.utterance_id is null or u.id is not null, s.version";
    private static final String JOINS = " left join utterance u on u.id = s.utterance_id"
            + " left join statement_embedding e on e.statement_id = s.id"
            + " left join statement_words w on w.statement_id = s.id";

    /**
     * {@link #COLUMNS} of candidates, which are read by range: at 1M statements each row read by id cost a random
     * page read a candidate (three tables, ~390 pages a create: docs/linking.md, rounds 7 and 8). The statements come
     * from statement_link_cover_idx alone (an index-only scan), their words from one range of
     * statement_words_link_idx ({@code w}, see {@link #wordsIn}). The text is read by id only where needed: no current
     * words, or the paraphrase sieve may be asked (it needs one side in reported speech, {@code r.indirect}: a target
     * of the range is; it reads a stored embedding only with its text). Of the utterance only the closed flag (the
     * small utterance_closed_idx) and, in a bulk chunk (which inserts statements naming utterances it creates later,
     * V25_1, and says so in {@code statements.utterances_deferred}), whether it exists yet.
     */
    private static final String CANDIDATE_COLUMNS = "select s.id, s.speaker_id, case when " + WORDS_CURRENT
            + " and s.kind <> 'INDIRECT' and not r.indirect and e.statement_id is null then null"
            + " else (select x.text from statement x where x.id = s.id) end, s.stated_at, " + LINK_AT
            + ", s.utterance_id, s.link_manual, exists (select 1 from utterance u where u.id = s.utterance_id"
            + " and u.closed), null::uuid, s.kind = 'INDIRECT', null::varchar, e.text_hash, e.vector, " + WORDS_HASH
            + ", w.words, case when s.utterance_id is not null and current_setting('statements.utterances_deferred',"
            + " true) = 'on' then exists (select 1 from utterance u where u.id = s.utterance_id) else true end,"
            + " s.version";
    private static final String CANDIDATE_JOINS = " left join statement_embedding e on e.statement_id = s.id"
            + " left join w on w.statement_id = s.id";

    /** The stored words of the statements of {@code ranges} (sp, lo, hi), read by range: few adjacent pages. */
    private static String wordsIn(String ranges) {
        return "w as materialized (select w.statement_id, w.speaker_id, w.link_at, w.statement_version, w.text_hash,"
                + " w.words from " + ranges + " join statement_words w on w.speaker_id = r.sp"
                + " and w.link_at between r.lo and r.hi)";
    }

    /** In candidate order: by time, then id, however they were read (among equally heavy matches order decides). */
    private static final Comparator<Row> CANDIDATE_ORDER = Comparator.comparing(Row::at).thenComparing(Row::id);

    private LinkReads() {
    }

    static List<Row> load(Connection c, Collection<UUID> statements) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " from statement s" + JOINS + " where s.id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", statements.toArray()));
            return rows(ps);
        }
    }

    /** A statement to link and its candidates, read together. */
    record Loaded(List<Row> targets, List<Row> candidates) {
    }

    /**
     * {@link #load} and {@link #candidates} for one statement (a single create or update) in one round trip: its
     * speaker's statements within {@code window} of it, through statement_link_cover_idx, beside the statement itself.
     */
    static Loaded loadOne(Connection c, UUID statement, Duration window) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("with r as (select s.speaker_id as sp, " + LINK_AT
                + " - ? * interval '1 second' as lo, " + LINK_AT + " + ? * interval '1 second' as hi,"
                + " s.kind = 'INDIRECT' as indirect from statement s where s.id = ?), " + wordsIn("r") + " " + COLUMNS
                + ", true from statement s"
                + JOINS + " where s.id = ? union all " + CANDIDATE_COLUMNS + ", false from r join statement s"
                + " on s.speaker_id = r.sp and " + LINK_AT + " between r.lo and r.hi" + CANDIDATE_JOINS)) {
            ps.setLong(1, window.toSeconds());
            ps.setLong(2, window.toSeconds());
            ps.setObject(3, statement);
            ps.setObject(4, statement);
            List<Row> targets = new ArrayList<>(1);
            List<Row> candidates = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getBoolean(18) ? targets : candidates).add(row(rs));
                }
            }
            candidates.sort(CANDIDATE_ORDER);
            return new Loaded(targets, candidates);
        }
    }

    /**
     * Every statement of the targets' speakers within {@code window} of a target, through statement_link_cover_idx:
     * each speaker's target times are merged into few intervals, fetched in one query.
     */
    static List<Row> candidates(Connection c, List<Row> targets, Duration window) throws SQLException {
        return candidates(c, targets, window, false);
    }

    /**
     * @param onlyEarlier only statements up to each target's time (the re-link command, which compares a statement
     *                    with the ones before it): half the rows
     */
    static List<Row> candidates(Connection c, List<Row> targets, Duration window, boolean onlyEarlier)
            throws SQLException {
        List<Row> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparing(Row::speaker).thenComparing(Row::at));
        List<UUID> speakers = new ArrayList<>();
        List<Timestamp> from = new ArrayList<>();
        List<Timestamp> to = new ArrayList<>();
        List<Boolean> indirect = new ArrayList<>();
        for (Row t : sorted) {
            Instant lo = t.at().minus(window);
            Instant hi = onlyEarlier ? t.at() : t.at().plus(window);
            int last = speakers.size() - 1;
            if (last >= 0 && speakers.get(last).equals(t.speaker()) && !lo.isAfter(to.get(last).toInstant())) {
                to.set(last, Timestamp.from(hi));
                indirect.set(last, onlyEarlier || indirect.get(last) || t.reportedSpeech());
            } else {
                speakers.add(t.speaker());
                from.add(Timestamp.from(lo));
                to.add(Timestamp.from(hi));
                // the re-link command keeps what it reads for later batches, whatever their kinds: every text
                indirect.add(onlyEarlier || t.reportedSpeech());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("with r as (select * from unnest(?::uuid[], ?::timestamptz[],"
                + " ?::timestamptz[], ?::boolean[]) r(sp, lo, hi, indirect)), " + wordsIn("r") + " "
                + CANDIDATE_COLUMNS + " from r join statement s on s.speaker_id = r.sp and " + LINK_AT
                + " between r.lo and r.hi" + CANDIDATE_JOINS)) {
            ps.setArray(1, c.createArrayOf("uuid", speakers.toArray()));
            ps.setArray(2, c.createArrayOf("timestamptz", from.toArray()));
            ps.setArray(3, c.createArrayOf("timestamptz", to.toArray()));
            ps.setArray(4, c.createArrayOf("boolean", indirect.toArray()));
            List<Row> rows = rows(ps);
            rows.sort(CANDIDATE_ORDER);
            return rows;
        }
    }

    /**
     * The statements of these speakers' utterances changed after the speaker's time (utterance.updated_at, set by
     * every recount), through utterance_updated_idx from the earliest of those times: what others changed while the
     * re-link command kept its window (its own writes come before the times it passes).
     */
    static List<Row> changedSince(Connection c, Map<UUID, Instant> since) throws SQLException {
        List<UUID> speakers = new ArrayList<>(since.keySet());
        Instant earliest = since.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " from utterance cu join unnest(?::uuid[],"
                + " ?::timestamptz[]) k(sp, since) on k.sp = cu.speaker_id and cu.updated_at > k.since"
                + " join statement s on s.utterance_id = cu.id" + JOINS + " where cu.updated_at > ?")) {
            ps.setArray(1, c.createArrayOf("uuid", speakers.toArray()));
            ps.setArray(2, c.createArrayOf("timestamptz", speakers.stream().map(sp -> Timestamp.from(since.get(sp)))
                    .toArray()));
            ps.setTimestamp(3, Timestamp.from(earliest));
            return rows(ps);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp stated = rs.getTimestamp(4);
        byte[] vector = rs.getBytes(13);
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                stated == null ? null : stated.toInstant(), rs.getTimestamp(5).toInstant(),
                rs.getObject(6, UUID.class), rs.getBoolean(7), rs.getBoolean(8), rs.getObject(9, UUID.class),
                rs.getBoolean(10), rs.getString(11), (Integer) rs.getObject(12),
                vector == null ? null : SentenceEmbeddings.fromBytes(vector), (Long) rs.getObject(14),
                rs.getString(15), rs.getBoolean(16), rs.getLong(17));
    }
}
