package io.statements.utterance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The linker's locks and writes, on the caller's connection and transaction (the service's, a bulk chunk's, or the
 * re-link command's; its reads are {@link LinkReads}). Set-based: a whole batch of statements costs a fixed number of
 * round trips.
 */
final class LinkStore {

    static final String LINK_AT = "statements_link_at(s.stated_at, s.reported_at, s.created_at)";

    /**
     * A statement with what linking needs of it and of its current utterance. {@code utteranceSaved} is false for a
     * statement a bulk import inserted with its own utterance's id already set ({@code utterance}), the utterance
     * row itself left to the linker (which creates it, or moves the statement to another, before the deferred
     * foreign key is checked at commit): one write of the statement instead of an insert and an update.
     * {@code text} is null for a candidate whose stored words stand for it ({@link LinkReads}); {@code rule}
     * and {@code utteranceSpeaker} are read for targets only.
     */
    record Row(UUID id, UUID speaker, String text, Instant statedAt, Instant at, UUID utterance, boolean manual,
               boolean closed, UUID utteranceSpeaker, boolean reportedSpeech, String rule, Integer embeddingHash,
               float[] embedding, Long wordsHash, String words, boolean utteranceSaved, long version) {
    }

    /** A statement's new place: its utterance, the sieve that linked it, whether an editor put it there. */
    record Link(UUID statement, UUID utterance, String rule, boolean manual) {
    }

    /** Words longer than this are not stored: an index entry holds them (V27_1), at most 2,704 bytes. */
    static final int MAX_STORED_WORD_BYTES = 2_000;

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
}
