package io.statements.utterance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Re-links every stored statement with the current rules (after a rule or configuration change): statements in
 * (time, id) order, each compared with the ones before it exactly as if they were being stored again, in batches of
 * one transaction each, a batch's speakers decided in parallel. Progress is stored with each batch, so an
 * interrupted run resumes where it stopped; editors' attach and detach decisions are kept. The service may keep running
 * meanwhile (both lock per speaker). The candidates read are kept from batch to batch ({@link CandidateWindow}), so
 * each statement is read about once, whatever the batch size.
 *
 * <pre>
 * java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' io.statements.utterance.RelinkCommand \
 *      [--restart] [--batch 5000] [--window P14D] [--threshold 0.8] [--paraphrase-similarity 0.8]
 * </pre>
 * The database comes from QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD.
 */
public final class RelinkCommand {

    private static final String BATCH = "select s.id, " + LinkStore.LINK_AT + " from statement s where ("
            + LinkStore.LINK_AT + ", s.id) > (?, ?) order by " + LinkStore.LINK_AT + ", s.id limit ?";

    /**
     * Normalised texts kept from batch to batch: the statements of one window (14 days) at 1M statements over half a
     * year, so that each statement is normalised once in a run (about 250 MB of heap at this size).
     */
    static final int TEXTS_KEPT = 100_000;

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private RelinkCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null) {
            System.err.println("Set QUARKUS_DATASOURCE_JDBC_URL (and _USERNAME, _PASSWORD) to the service's database");
            System.exit(2);
        }
        boolean restart = false;
        int batch = 5000;
        Duration window = Duration.ofDays(14);
        double threshold = 0.8;
        double paraphrase = 0.8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--restart" -> restart = true;
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--window" -> window = Duration.parse(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--paraphrase-similarity" -> paraphrase = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        try (Connection c = DriverManager.getConnection(url, env.get("QUARKUS_DATASOURCE_USERNAME"),
                env.get("QUARKUS_DATASOURCE_PASSWORD"))) {
            LinkPlanner planner = new LinkPlanner(new ReportMatcher(threshold, paraphrase), window, TEXTS_KEPT);
            run(c, planner, window, batch, restart, Integer.MAX_VALUE);
        }
    }

    /** Re-links from where the last run stopped, at most {@code maxBatches} batches (tests interrupt it so). */
    static void run(Connection c, LinkPlanner planner, Duration window, int batch, boolean restart, int maxBatches)
            throws SQLException {
        run(c, planner, new CandidateWindow(window), batch, restart, maxBatches);
    }

    /**
     * @param kept the candidates kept between batches; tests pass one across two calls to change data between
     *             batches of what is, to the window, one run
     */
    static void run(Connection c, LinkPlanner planner, CandidateWindow kept, int batch, boolean restart,
                    int maxBatches) throws SQLException {
        c.setAutoCommit(false);
        if (restart) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from relink_progress");
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("insert into relink_progress (id, last_at, last_id, done, started_at) values (1,"
                    + " '-infinity', '00000000-0000-0000-0000-000000000000', 0, now()) on conflict (id) do nothing");
        }
        c.commit();
        long total = count(c, "select count(*) from statement");
        long started = System.nanoTime();
        long doneAtStart = -1;
        long readNanos = 0, planNanos = 0, writeNanos = 0, moved = 0;
        for (int batches = 0; batches < maxBatches; batches++) {
            Timestamp lastAt;
            UUID lastId;
            long done;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select last_at, last_id, done from relink_progress where id = 1 for update")) {
                rs.next();
                lastAt = rs.getTimestamp(1);
                lastId = rs.getObject(2, UUID.class);
                done = rs.getLong(3);
            }
            if (doneAtStart < 0) {
                doneAtStart = done;
                if (done > 0) {
                    System.out.printf("resuming after %d statements%n", done);
                }
            }
            List<UUID> ids = new ArrayList<>(batch);
            Timestamp at = null;
            try (PreparedStatement ps = c.prepareStatement(BATCH)) {
                ps.setTimestamp(1, lastAt);
                ps.setObject(2, lastId);
                ps.setInt(3, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                        at = rs.getTimestamp(2);
                    }
                }
            }
            if (ids.isEmpty()) {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("delete from relink_progress");
                }
                c.commit();
                System.out.printf("re-linked %d statements; done%n", done);
                return;
            }
            long t0 = System.nanoTime();
            LinkStore.lockSpeakersOf(c, ids);
            List<LinkStore.Row> targets = LinkReads.load(c, ids);
            List<LinkStore.Row> candidates = kept.candidates(c, targets);
            long t1 = System.nanoTime();
            // only the statements that move (or change sieve) are written, and only their utterances recounted
            LinkPlanner.Plan plan = planBySpeaker(planner, targets, candidates);
            long t2 = System.nanoTime();
            try {
                LinkStore.save(c, plan);
            } catch (SQLException e) {
                if (!FOREIGN_KEY_VIOLATION.equals(e.getSQLState()) || kept.size() == 0) {
                    throw e;
                }
                // a kept candidate's utterance was deleted meanwhile: decide the batch again from a full read
                c.rollback();
                kept.clear();
                batches--;
                System.out.println("an utterance in the kept window was deleted meanwhile: batch read again");
                continue;
            }
            LinkStore.saveEmbeddings(c, plan.embedded());
            try (PreparedStatement ps = c.prepareStatement(
                    "update relink_progress set last_at = ?, last_id = ?, done = done + ? where id = 1")) {
                ps.setTimestamp(1, at);
                ps.setObject(2, ids.get(ids.size() - 1));
                ps.setLong(3, ids.size());
                ps.executeUpdate();
            }
            Instant mark = databaseTime(c);
            c.commit();
            kept.committed(targets, plan, mark);
            long t3 = System.nanoTime();
            readNanos += t1 - t0;
            planNanos += t2 - t1;
            writeNanos += t3 - t2;
            moved += plan.links().size();
            done += ids.size();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("re-linked %d of %d statements (%.1f%%), %.0f statements/s; %d moved; seconds in"
                            + " reading %.1f, deciding %.1f, writing %.1f; %d kept in the window, %d read again%n",
                    done, total, 100.0 * done / Math.max(1, total), (done - doneAtStart) / Math.max(seconds, 1e-3),
                    moved, readNanos / 1e9, planNanos / 1e9, writeNanos / 1e9, kept.size(), kept.reread());
        }
        System.out.printf("stopped after %d batches; run again to resume%n", maxBatches);
    }

    /**
     * Speakers are independent (a statement's candidates are its own speaker's): the batch's speakers are decided
     * in as many groups as there are cores, each speaker's statements in order on one thread.
     */
    static LinkPlanner.Plan planBySpeaker(LinkPlanner planner, List<LinkStore.Row> targets,
                                          List<LinkStore.Row> candidates) {
        int groups = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (groups == 1) {
            return planner.plan(targets, candidates, true);
        }
        List<List<LinkStore.Row>> t = new ArrayList<>();
        List<List<LinkStore.Row>> c = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            t.add(new ArrayList<>());
            c.add(new ArrayList<>());
        }
        targets.forEach(r -> t.get(Math.floorMod(r.speaker().hashCode(), groups)).add(r));
        candidates.forEach(r -> c.get(Math.floorMod(r.speaker().hashCode(), groups)).add(r));
        List<LinkPlanner.Plan> plans = java.util.stream.IntStream.range(0, groups).parallel()
                .mapToObj(i -> planner.plan(t.get(i), c.get(i), true)).toList();
        LinkPlanner.Plan all = LinkPlanner.Plan.empty();
        plans.forEach(all::add);
        return all;
    }

    /** The database's clock: what utterance.updated_at is compared with. */
    private static Instant databaseTime(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select statement_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
