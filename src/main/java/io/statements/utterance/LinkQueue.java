package io.statements.utterance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The durable link queue (#13): a bulk import's chunk stores its new statements with utterances of their own and a
 * {@code link_pending} row each ({@link #enqueue}, in the chunk's transaction, without the speaker locks), and this
 * queue links them shortly after with the linker's own code ({@link UtteranceLinker#link}), a batch a transaction
 * that also deletes the batch's rows. Nothing is lost across a crash or restart: a row goes only with its links.
 * Several instances share the queue ({@code for update skip locked}); the speaker locks keep them, and single
 * creates, apart. Editors' attach and detach decisions stay, as with every linking.
 * <p>
 * The queue waits while imports run (in this instance: {@link #importStarted}; in others: statements keep joining
 * it): once none has run or joined for {@code statements.linking.queue-settle}, or its oldest statement has waited
 * {@code queue-max-delay}, it links what it holds. The import gets both cores; the links follow it
 * (docs/linking.md, round 11).
 */
@ApplicationScoped
public class LinkQueue {

    private static final Logger LOG = Logger.getLogger(LinkQueue.class);

    /** A statement that failed this many batches of its own is left in the queue for an operator (logged). */
    static final int MAX_ATTEMPTS = 5;

    private final EntityManager em;
    private final UtteranceLinker linker;
    private final LinkingConfig config;
    /** One drain at a time in this instance: {@link #drainNow} waits for a scheduled drain to end. */
    private final ReentrantLock draining = new ReentrantLock();
    /** Bulk imports running in this instance, and when the last one ended (System.nanoTime). */
    private final AtomicInteger imports = new AtomicInteger();
    private volatile long lastImportEnded;
    private volatile boolean anyImportEnded;

    LinkQueue(EntityManager em, UtteranceLinker linker, LinkingConfig config) {
        this.em = em;
        this.linker = linker;
        this.config = config;
    }

    /**
     * In the caller's transaction (a bulk chunk, whose statements name utterances of their own not created yet,
     * V25_1): creates those utterances, one report each, and queues the statements. Two statements, no locks.
     */
    static void enqueue(Connection c, Collection<UUID> statements) throws SQLException {
        java.sql.Array ids = c.createArrayOf("uuid", statements.toArray());
        try (PreparedStatement ps = c.prepareStatement("""
                with own as (insert into utterance (id, speaker_id, reports, first_reported_at, last_reported_at,
                                 created_at, updated_at)
                             select s.utterance_id, s.speaker_id, 1, coalesce(s.reported_at, s.created_at),
                                    coalesce(s.reported_at, s.created_at), statement_timestamp(), statement_timestamp()
                             from statement s where s.id = any(?::uuid[]) and s.utterance_id = s.id
                                 and not exists (select 1 from utterance u where u.id = s.utterance_id)
                             order by s.utterance_id)
                insert into link_pending (statement_id, speaker_id)
                select s.id, s.speaker_id from statement s where s.id = any(?::uuid[]) order by s.speaker_id""")) {
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            ps.executeUpdate();
        }
        // every statement's utterance exists now: checked here, so that a failure is the chunk's, not its commit's
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("set constraints statement_utterance_fk immediate");
        }
    }

    /** A bulk import starts in this instance: the queue waits (up to queue-max-delay) until imports settle. */
    public void importStarted() {
        imports.incrementAndGet();
    }

    public void importFinished() {
        lastImportEnded = System.nanoTime();
        anyImportEnded = true;
        imports.decrementAndGet();
    }

    /**
     * An import runs here, or ended within queue-settle (the next request of a client sending a body after another
     * comes in between). Imports of other instances show only in the queue's own settling ({@link #readyUpTo}).
     */
    private boolean importing() {
        return imports.get() > 0
                || anyImportEnded && System.nanoTime() - lastImportEnded < config.queueSettle().toNanos();
    }

    @Scheduled(identity = "link-queue", every = "1s", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void drainWhenSettled() {
        drain(false);
    }

    /** Links everything queued now, settled or not; waits for a drain in progress. Returns the statements linked. */
    public long drainNow() {
        return drain(true);
    }

    private long drain(boolean now) {
        if (!now && importing() && !overdue()) {
            return 0;
        }
        draining.lock();
        try {
            Long upTo = QuarkusTransaction.requiringNew().call(() -> work(c -> readyUpTo(c, now)));
            long linked = 0;
            while (upTo != null) {
                if (!now && importing() && !overdue()) {
                    break; // an import started meanwhile: it has the machine; the rest follows it
                }
                int batch;
                try {
                    batch = QuarkusTransaction.requiringNew().call(() -> work(c -> linkBatch(c, upTo, null)));
                } catch (RuntimeException e) {
                    LOG.debugf(e, "A link queue batch failed; its statements go one by one");
                    batch = oneByOne(upTo);
                }
                if (batch == 0) {
                    break;
                }
                linked += batch;
            }
            if (linked > 0) {
                LOG.debugf("link queue: %d statements linked", linked);
            }
            return linked;
        } finally {
            draining.unlock();
        }
    }

    /** The oldest queued statement has waited queue-max-delay: linked now, imports running or not. */
    private boolean overdue() {
        return QuarkusTransaction.requiringNew().call(() -> work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from (select f.queued_at"
                    + " from link_pending f where f.attempts < ? order by f.seq limit 1) f"
                    + " where f.queued_at < statement_timestamp() - ?::interval)")) {
                ps.setInt(1, MAX_ATTEMPTS);
                ps.setString(2, config.queueMaxDelay().toMillis() + " milliseconds");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }));
    }

    /** The last queue position to link now, or null: nothing queued, or statements still joining. */
    private Long readyUpTo(Connection c, boolean now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select l.seq, l.queued_at < statement_timestamp() - ?::interval
                    or (select f.queued_at from link_pending f where f.attempts < ? order by f.seq limit 1)
                        < statement_timestamp() - ?::interval
                from link_pending l where l.attempts < ? order by l.seq desc limit 1""")) {
            ps.setString(1, config.queueSettle().toMillis() + " milliseconds");
            ps.setInt(2, MAX_ATTEMPTS);
            ps.setString(3, config.queueMaxDelay().toMillis() + " milliseconds");
            ps.setInt(4, MAX_ATTEMPTS);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && (now || rs.getBoolean(2)) ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Links the next batch of queued statements up to {@code upTo} (or only the entry {@code only}) and deletes
     * their rows, in the caller's transaction. Returns how many rows it took. A batch takes the queue by speaker:
     * each speaker's candidates are read once for all its queued statements (in queue order, a 200,000-line import
     * of 2,000 speakers gave each batch of 2,000 about one statement a speaker, and the queue linked 850-1,700
     * statements a second).
     */
    private int linkBatch(Connection c, long upTo, Long only) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        LinkedHashSet<UUID> statements = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select seq, statement_id from link_pending where seq <= ?"
                + " and attempts < ? and (?::bigint is null or seq = ?::bigint) order by speaker_id, seq limit ?"
                + " for update skip locked")) {
            ps.setLong(1, upTo);
            ps.setInt(2, MAX_ATTEMPTS);
            ps.setObject(3, only, java.sql.Types.BIGINT);
            ps.setObject(4, only, java.sql.Types.BIGINT);
            ps.setInt(5, Math.max(1, config.queueBatch()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    statements.add(rs.getObject(2, UUID.class));
                }
            }
        }
        if (seqs.isEmpty()) {
            return 0;
        }
        linker.link(c, statements, config.enabled());
        try (PreparedStatement ps = c.prepareStatement("delete from link_pending where seq = any(?::bigint[])")) {
            ps.setArray(1, c.createArrayOf("bigint", seqs.toArray()));
            ps.executeUpdate();
        }
        return seqs.size();
    }

    /** After a failed batch: its statements one at a time; one that fails alone counts an attempt and waits. */
    private int oneByOne(long upTo) {
        List<Long> seqs = QuarkusTransaction.requiringNew().call(() -> work(c -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select seq from link_pending where seq <= ?"
                    + " and attempts < ? order by seq limit ?")) {
                ps.setLong(1, upTo);
                ps.setInt(2, MAX_ATTEMPTS);
                ps.setInt(3, Math.max(1, config.queueBatch()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
            return found;
        }));
        for (long seq : seqs) {
            try {
                QuarkusTransaction.requiringNew().call(() -> work(c -> linkBatch(c, upTo, seq)));
            } catch (RuntimeException e) {
                LOG.warnf(e, "link queue: entry %d could not be linked (attempt counted)", seq);
                QuarkusTransaction.requiringNew().call(() -> work(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "update link_pending set attempts = attempts + 1 where seq = ?")) {
                        ps.setLong(1, seq);
                        return ps.executeUpdate();
                    }
                }));
            }
        }
        return seqs.size();
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
