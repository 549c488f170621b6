import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * load JDBC N: speakers, outlets and N statements (each its own utterance, as after migration V7_1) by COPY.
 * reset JDBC: every statement back in an utterance of its own, no stored words or embeddings (as after COPY), so
 * that two re-link runs start alike.
 * partition JDBC FILE: each statement id with the first statement id of its utterance, by id (two runs' files are
 * the same when they grouped the statements alike).
 * creates BASE_URL LABEL: 400 single POST /statements by loaded speakers; prints latency (after 100 warm-up).
 * vacuum JDBC: VACUUM (ANALYZE) of the tables the linker reads, as autovacuum leaves them once it has caught up
 * (a database reused after a migration, BENCH_REUSE, starts from the same state for every build).
 */
public class ScaleBench {

    /** Speakers: one per 500 statements (2,000 at 1M), so each speaker's density is the same at any size. */
    static int SPEAKERS = 2000;
    static final int OUTLETS = 50;
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    static final String[] VOCABULARY = new String[3000];

    static {
        Random r = new Random(7);
        for (int i = 0; i < VOCABULARY.length; i++) {
            StringBuilder w = new StringBuilder();
            int length = 3 + r.nextInt(7);
            for (int j = 0; j < length; j++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            VOCABULARY[i] = w.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(args[1], Integer.parseInt(args[2]));
        } else if (args[0].equals("reset")) {
            reset(args[1]);
        } else if (args[0].equals("vacuum")) {
            try (Connection c = DriverManager.getConnection(args[1], System.getenv("BENCH_DB_USER"),
                    System.getenv("BENCH_DB_PASSWORD")); Statement st = c.createStatement()) {
                st.execute("vacuum (analyze) statement, statement_words, utterance, statement_embedding");
            }
        } else if (args[0].equals("partition")) {
            partition(args[1], args[2]);
        } else {
            creates(args[1], args[2]);
        }
    }

    static void reset(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, System.getenv("BENCH_DB_USER"),
                System.getenv("BENCH_DB_PASSWORD")); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeUpdate("insert into utterance (id, speaker_id, reports, first_reported_at, last_reported_at,"
                    + " created_at, updated_at) select s.id, s.speaker_id, 1, coalesce(s.reported_at, s.created_at),"
                    + " coalesce(s.reported_at, s.created_at), now(), now() from statement s"
                    + " where not exists (select 1 from utterance u where u.id = s.id)");
            st.executeUpdate("update statement set utterance_id = id, link_rule = null, link_manual = false"
                    + " where utterance_id is distinct from id or link_rule is not null or link_manual");
            st.executeUpdate("update utterance u set reports = 1, speaker_id = s.speaker_id from statement s"
                    + " where s.id = u.id and u.reports <> 1");
            st.executeUpdate("delete from utterance u where not exists"
                    + " (select 1 from statement s where s.utterance_id = u.id)");
            st.executeUpdate("delete from statement_words");
            st.executeUpdate("delete from statement_embedding");
            c.commit();
            c.setAutoCommit(true);
            st.execute("vacuum analyze statement");
        }
    }

    static void partition(String jdbc, String file) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, System.getenv("BENCH_DB_USER"),
                System.getenv("BENCH_DB_PASSWORD"));
             java.io.PrintWriter out = new java.io.PrintWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery("select id, first_value(id) over (partition by utterance_id"
                        + " order by id) from statement order by id")) {
                    while (rs.next()) {
                        out.println(rs.getString(1) + " " + rs.getString(2));
                    }
                }
            }
        }
    }

    static String words(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
        }
        return s.append('.').toString();
    }

    static void load(String jdbc, int n) throws Exception {
        Random r = new Random(42);
        long t0 = System.nanoTime();
        SPEAKERS = Math.max(100, n / 500);
        try (Connection c = DriverManager.getConnection(jdbc, System.getenv("BENCH_DB_USER"),
                System.getenv("BENCH_DB_PASSWORD"))) {
            UUID[] speakers = new UUID[SPEAKERS];
            UUID[] outlets = new UUID[OUTLETS];
            try (Statement st = c.createStatement()) {
                for (int i = 0; i < SPEAKERS; i++) {
                    speakers[i] = UUID.randomUUID();
                    st.addBatch("insert into speaker (id, name, kind, created_at, updated_at) values ('" + speakers[i]
                            + "', 'Scale Speaker " + i + "', 'PERSON', now(), now())");
                }
                for (int i = 0; i < OUTLETS; i++) {
                    outlets[i] = UUID.randomUUID();
                    st.addBatch("insert into outlet (id, name, domain, created_at, updated_at) values ('" + outlets[i]
                            + "', 'Scale Outlet " + i + "', 'scale" + i + ".example', now(), now())");
                }
                st.executeBatch();
            }
            CopyManager copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
            String[] lastText = new String[SPEAKERS];
            Instant[] lastAt = new Instant[SPEAKERS];
            Set<String> keys = new HashSet<>();
            int batch = 50_000;
            for (int from = 0; from < n; from += batch) {
                StringBuilder utterances = new StringBuilder();
                StringBuilder statements = new StringBuilder();
                for (int i = from; i < Math.min(n, from + batch); i++) {
                    int sp = r.nextInt(SPEAKERS);
                    int ou = r.nextInt(OUTLETS);
                    String text;
                    Instant at;
                    if (lastText[sp] != null && r.nextInt(10) == 0) {
                        String[] w = lastText[sp].replace(".", "").split(" ");
                        int start = r.nextInt(Math.max(1, w.length - 8));
                        text = String.join(" ", Arrays.copyOfRange(w, start, Math.min(w.length, start + 8)));
                        at = lastAt[sp].plusSeconds(3600 + r.nextInt(86_400));
                    } else {
                        text = words(r, 15 + r.nextInt(25));
                        at = BASE.plusSeconds(r.nextInt(180 * 86_400));
                        lastText[sp] = text;
                        lastAt[sp] = at;
                    }
                    if (!keys.add(sp + "|" + ou + "|" + text)) {
                        continue;
                    }
                    UUID id = UUID.randomUUID();
                    utterances.append(id).append('\t').append(speakers[sp]).append("\t1\t").append(at).append('\t')
                            .append(at).append('\t').append(at).append('\t').append(at).append('\n');
                    statements.append(id).append('\t').append(text).append("\tDIRECT\t").append(speakers[sp]).append('\t')
                            .append(outlets[ou]).append("\tIMPORTED\t").append(at).append('\t').append(at)
                            .append("\t0\t").append(at).append('\t').append(id).append('\n');
                }
                copy.copyIn("copy utterance (id, speaker_id, reports, first_reported_at, last_reported_at, created_at,"
                        + " updated_at) from stdin", new StringReader(utterances.toString()));
                copy.copyIn("copy statement (id, text, kind, speaker_id, outlet_id, origin, created_at, updated_at,"
                        + " version, reported_at, utterance_id) from stdin", new StringReader(statements.toString()));
            }
            try (Statement st = c.createStatement()) {
                st.execute("analyze statement");
                st.execute("analyze utterance");
                try (ResultSet rs = st.executeQuery("select count(*) from statement")) {
                    rs.next();
                    System.out.printf("   %,d statements loaded in %.0f s%n", rs.getLong(1), (System.nanoTime() - t0) / 1e9);
                }
            }
        }
    }

    static void creates(String base, String label) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random r = new Random(label.hashCode());
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Instant at = BASE.plusSeconds(r.nextInt(180 * 86_400));
            String body = "{\"text\": \"" + words(r, 25) + "\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"Scale Speaker "
                    + r.nextInt(SPEAKERS) + "\"}, \"outlet\": {\"domain\": \"scale" + r.nextInt(OUTLETS)
                    + ".example\"}, \"reported_at\": \"" + at + "\"}";
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/statements"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (i >= 100) {
                ms.add(elapsed);
            }
        }
        ms.sort(Double::compare);
        double mean = ms.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("   linking %s: %d creates, mean %.2f ms, median %.2f ms, p90 %.2f ms%n", label, ms.size(), mean,
                ms.get(ms.size() / 2), ms.get(ms.size() * 9 / 10));
    }
}
