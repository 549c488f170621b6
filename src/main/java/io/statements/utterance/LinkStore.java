package io.statements.utterance;

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
import java.util.TreeSet;
import java.util.UUID;

/**
 * The linker's SQL, on the caller's connection and transaction (the service's, a bulk chunk's, or the re-link
 * command's). Set-based: a whole batch of statements costs a fixed number of round trips.
 */
final class LinkStore {

    static final String LINK_AT = "statements_link_at(s.stated_at, s.reported_at, s.created_at)";

    /**
     * A statement with what linking needs of it and of its current utterance. {@code utteranceSaved} is false for a
     * statement a bulk import inserted with its own utterance's id already set ({@code utterance}), the utterance
     * row itself left to the linker (which creates it, or moves the statement to another, before the deferred
     * foreign key is checked at commit): one write of the statement instead of an insert and an update.
     * {@code text} is null for a candidate whose stored words stand for it ({@link #CANDIDATE_COLUMNS}); {@code rule}
     * and {@code utteranceSpeaker} are read for targets only.
     */
    record Row(UUID id, UUID speaker, String text, Instant statedAt, Instant at, UUID utterance, boolean manual,
               boolean closed, UUID utteranceSpeaker, boolean reportedSpeech, String rule, Integer embeddingHash,
               float[] embedding, Long wordsHash, String words, boolean utteranceSaved, long version) {
    }

    /** A statement's new place: its utterance, the sieve that linked it, whether an editor put it there. */
    record Link(UUID statement, UUID utterance, String rule, boolean manual) {
    }

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

    /** Words longer than this are not stored: an index entry holds them (V27_1), at most 2,704 bytes. */
    static final int MAX_STORED_WORD_BYTES = 2_000;

    /** In candidate order: by time, then id, however they were read (among equally heavy matches order decides). */
    private static final Comparator<Row> CANDIDATE_ORDER = Comparator.comparing(Row::at).thenComparing(Row::id);

    /** Buckets of speakers (a power of two) for transactions of many speakers: at most this many locks each. */
    static final int LOCK_BUCKETS = 512;

    private LinkStore() {
    }

    /**
     * One speaker's utterances change under a transaction-scoped lock: two reports of one utterance stored
     * concurrently are linked one after the other, so the second sees the first. Up to {@link #maxSpeakerLocks} speakers
     * a transaction locks each speaker (and holds its bucket of speakers shared); more take their buckets
     * ({@link #LOCK_BUCKETS}) exclusively instead: a lock per speaker for a bulk chunk of thousands of speakers, three
     * chunks at once, filled PostgreSQL's shared lock table ("out of shared memory"; max_locks_per_transaction ×
     * max_connections slots) and failed the chunks. Buckets first, then speakers, each in a fixed order: deadlock
     * free. A shared bucket does not conflict with another shared one, so concurrent chunks of different speakers
     * (a bulk import splits its rounds by speaker) do not wait for each other.
     */
    static void lockSpeakers(Connection c, Collection<UUID> speakers) throws SQLException {
        TreeSet<UUID> sorted = new TreeSet<>();
        speakers.stream().filter(java.util.Objects::nonNull).forEach(sorted::add);
        if (sorted.isEmpty()) {
            return;
        }
        boolean perSpeaker = sorted.size() <= maxSpeakerLocks(c);
        String buckets = "select pg_advisory_xact_lock" + (perSpeaker ? "_shared" : "") + "(hashtextextended("
                + "'utterance-bucket:' || b::text, 0)) from (select distinct hashtextextended(k::text, 0) & "
                + (LOCK_BUCKETS - 1) + " as b from unnest(?::uuid[]) k order by b) x";
        java.sql.Array array = c.createArrayOf("uuid", sorted.toArray());
        try (PreparedStatement ps = c.prepareStatement(buckets)) {
            ps.setArray(1, array);
            ps.executeQuery().close();
        }
        if (perSpeaker) {
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended('utterance:'"
                    + " || k::text, 0)) from unnest(?::uuid[]) k")) { // unnest keeps the array's (sorted) order
                ps.setArray(1, array);
                ps.executeQuery().close();
            }
        }
    }

    /** {@link #lockSpeakers} for the speakers of these statements. */
    static void lockSpeakersOf(Connection c, Collection<UUID> statements) throws SQLException {
        List<UUID> speakers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct speaker_id from statement where id = any(?::uuid[])")) {
            ps.setArray(1, c.createArrayOf("uuid", statements.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    speakers.add(rs.getObject(1, UUID.class));
                }
            }
        }
        lockSpeakers(c, speakers);
    }

    /** Speakers locked one by one, from the server's lock budget: 8 × max_locks_per_transaction (512 by default). */
    private static volatile int maxSpeakerLocks;

    private static int maxSpeakerLocks(Connection c) throws SQLException {
        if (maxSpeakerLocks == 0) {
            try (PreparedStatement ps = c.prepareStatement("select current_setting('max_locks_per_transaction')::int");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                maxSpeakerLocks = 8 * rs.getInt(1);
            }
        }
        return maxSpeakerLocks;
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
    static List<Row> changedSince(Connection c, java.util.Map<UUID, Instant> since) throws SQLException {
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

    /** Stores the links, creates the new utterances they name, and recounts every utterance touched. */
    static void save(Connection c, List<Link> links, List<UUID> newUtterances, List<UUID> newSpeakers,
                     Collection<UUID> touched) throws SQLException {
        save(c, links, newUtterances, newSpeakers, List.of(), java.util.Map.of(), touched);
    }

    /** A plan's links, utterances and normalised words (its embeddings are {@link #saveEmbeddings}). */
    static void save(Connection c, LinkPlanner.Plan plan) throws SQLException {
        save(c, plan.links(), plan.newUtterances(), plan.newSpeakers(), plan.ownUtterances(), plan.normalised(),
                plan.touched());
    }

    /**
     * Also creates the utterances that statements inserted with their own utterance's id keep ({@code own}:
     * statement ids; each utterance made from its one statement, so it needs no recount unless touched), and stores
     * normalised words made while linking (statement id to text, each with its {@link ReportText#hash}).
     * Two round trips whatever the batch: the new utterances, the words and the links in one statement, then the
     * recount, which must see the links.
     */
    static void save(Connection c, List<Link> links, List<UUID> newUtterances, List<UUID> newSpeakers, List<UUID> own,
                     java.util.Map<UUID, LinkPlanner.Worded> normalised, Collection<UUID> touched)
            throws SQLException {
        java.util.Map<UUID, LinkPlanner.Worded> words = new java.util.HashMap<>(normalised);
        words.values().removeIf(w -> w.text().key.length() * 3 > MAX_STORED_WORD_BYTES
                && w.text().key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_STORED_WORD_BYTES);
        if (!links.isEmpty() || !newUtterances.isEmpty() || !own.isEmpty() || !words.isEmpty()) {
            List<Link> ordered = new ArrayList<>(links);
            ordered.sort(Comparator.comparing(Link::statement)); // one order for all writers
            List<UUID> worded = new ArrayList<>(new TreeSet<>(words.keySet()));
            try (PreparedStatement ps = c.prepareStatement("""
                    with fresh as (insert into utterance (id, speaker_id, reports, first_reported_at, last_reported_at,
                                       created_at, updated_at)
                                   select u, sp, 0, statement_timestamp(), statement_timestamp(), statement_timestamp(),
                                          statement_timestamp() from unnest(?::uuid[], ?::uuid[]) r(u, sp)),
                         own as (insert into utterance (id, speaker_id, reports, first_reported_at, last_reported_at,
                                     created_at, updated_at)
                                 select s.utterance_id, s.speaker_id, 1, coalesce(s.reported_at, s.created_at),
                                        coalesce(s.reported_at, s.created_at), statement_timestamp(),
                                        statement_timestamp()
                                 from statement s where s.id = any(?::uuid[]) order by s.utterance_id),
                         worded as (insert into statement_words (statement_id, text_hash, words, speaker_id, link_at,
                                                                 statement_version)
                                    select * from unnest(?::uuid[], ?::bigint[], ?::text[], ?::uuid[],
                                                         ?::timestamptz[], ?::bigint[]) on conflict (statement_id)
                                    do update set text_hash = excluded.text_hash, words = excluded.words,
                                                  speaker_id = excluded.speaker_id, link_at = excluded.link_at,
                                                  statement_version = excluded.statement_version)
                    update statement s set utterance_id = r.u, link_rule = r.rule, link_manual = r.manual
                    from unnest(?::uuid[], ?::uuid[], ?::text[], ?::boolean[]) r(id, u, rule, manual)
                    where s.id = r.id""")) {
                ps.setArray(1, c.createArrayOf("uuid", newUtterances.toArray()));
                ps.setArray(2, c.createArrayOf("uuid", newSpeakers.toArray()));
                ps.setArray(3, c.createArrayOf("uuid", own.toArray()));
                ps.setArray(4, c.createArrayOf("uuid", worded.toArray()));
                ps.setArray(5, c.createArrayOf("bigint", worded.stream().map(id -> words.get(id).text().hash)
                        .toArray()));
                ps.setArray(6, c.createArrayOf("text", worded.stream().map(id -> words.get(id).text().key).toArray()));
                ps.setArray(7, c.createArrayOf("uuid", worded.stream().map(id -> words.get(id).speaker()).toArray()));
                ps.setArray(8, c.createArrayOf("timestamptz", worded.stream()
                        .map(id -> Timestamp.from(words.get(id).at())).toArray()));
                ps.setArray(9, c.createArrayOf("bigint", worded.stream().map(id -> words.get(id).version())
                        .toArray()));
                ps.setArray(10, c.createArrayOf("uuid", ordered.stream().map(Link::statement).toArray()));
                ps.setArray(11, c.createArrayOf("uuid", ordered.stream().map(Link::utterance).toArray()));
                ps.setArray(12, c.createArrayOf("text", ordered.stream().map(Link::rule).toArray()));
                ps.setArray(13, c.createArrayOf("boolean", ordered.stream().map(Link::manual).toArray()));
                ps.executeUpdate();
            }
        }
        recount(c, touched);
    }

    /** Stores embeddings computed while linking (statement id to vector), each with the hash of its text. */
    static void saveEmbeddings(Connection c, java.util.Map<UUID, LinkPlanner.Embedded> embedded) throws SQLException {
        if (embedded.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into statement_embedding (statement_id, text_hash,"
                + " vector) values (?, ?, ?) on conflict (statement_id) do update set text_hash = excluded.text_hash,"
                + " vector = excluded.vector")) {
            for (UUID id : new TreeSet<>(embedded.keySet())) { // one order for all writers
                LinkPlanner.Embedded e = embedded.get(id);
                ps.setObject(1, id);
                ps.setInt(2, e.textHash());
                ps.setBytes(3, SentenceEmbeddings.bytes(e.vector()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Report counts, first and last report times and speaker from the statements; empty utterances go. */
    static void recount(Connection c, Collection<UUID> utterances) throws SQLException {
        if (utterances.isEmpty()) {
            return;
        }
        Object[] ids = new TreeSet<>(utterances).toArray();
        // one statement: the utterances that keep statements are updated, the others (disjoint) deleted
        try (PreparedStatement ps = c.prepareStatement("""
                with counted as (
                    update utterance u set reports = x.n, first_reported_at = x.f, last_reported_at = x.l,
                        speaker_id = x.sp, updated_at = statement_timestamp()
                    from (select s.utterance_id, count(*) as n, min(coalesce(s.reported_at, s.created_at)) as f,
                                 max(coalesce(s.reported_at, s.created_at)) as l, (array_agg(s.speaker_id))[1] as sp
                          from statement s where s.utterance_id = any(?::uuid[]) group by s.utterance_id) x
                    where u.id = x.utterance_id)
                delete from utterance u where u.id = any(?::uuid[])
                    and not exists (select 1 from statement s where s.utterance_id = u.id)""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.executeUpdate();
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
