import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What linking costs, each figure a ratio against a baseline measured in the same run, on the same database, in
 * alternating rounds (so the load of other processes on the machine hits both sides alike). Run by cost.sh, which
 * starts two services on one database: ON links statements (the default), OFF has statements.linking.enabled=false.
 *
 * bulk ON OFF JDBC USER PASSWORD ROUNDS LINES: ROUNDS times, LINES statements through POST /statements/bulk to ON,
 *   then as many to OFF, then OFF's rows (and their utterances) dumped, deleted and loaded again with COPY; prints
 *   each side's statements/s and the ratios ON/OFF and ON/COPY.
 * creates ON OFF COUNT SPEAKERS: COUNT single POST /statements alternately to ON and OFF (speakers of the COPY-loaded
 *   population, times inside its span, so each create has its speaker's earlier reports as candidates); prints
 *   median and p90 of each side and the difference.
 *
 * The workload is generated here: 400 speakers a side, reports over 60 days; one in four re-reports an earlier
 * statement of its speaker within 3 days (a partial quote, the same quote elsewhere, or reported speech that keeps
 * most of the words in another order, which the paraphrase sieve has to look at).
 */
public class CostBench {

    static final String[] VOCABULARY = new String[4000];
    static final Instant BASE = Instant.parse("2025-03-01T00:00:00Z");
    static String key;

    static {
        Random r = new Random(11);
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
        key = System.getenv("BENCH_API_KEY");
        if (args[0].equals("bulk")) {
            bulk(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]), Integer.parseInt(args[7]));
        } else {
            creates(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
    }

    /** A side's generator: remembers its speakers' last statements to re-report them. */
    static final class Workload {
        final String side;
        final Random random;
        final String[] last = new String[400];
        final Instant[] lastAt = new Instant[400];
        int next;
        int round;

        Workload(String side, long seed) {
            this.side = side;
            this.random = new Random(seed);
        }

        String lines(int count) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                out.append(line()).append('\n');
            }
            return out.toString();
        }

        String line() {
            int speaker = random.nextInt(last.length);
            String text;
            String kind = "DIRECT";
            Instant at;
            if (last[speaker] != null && random.nextInt(4) == 0) {
                String[] words = last[speaker].split(" ");
                at = lastAt[speaker].plusSeconds(random.nextInt(3 * 86_400));
                switch (random.nextInt(3)) {
                    case 0 -> {
                        int start = random.nextInt(Math.max(1, words.length - 8));
                        text = String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + 8)));
                        kind = "PARTIAL";
                    }
                    case 1 -> text = last[speaker];
                    default -> {
                        List<String> kept = new ArrayList<>(Arrays.asList(words));
                        Collections.shuffle(kept, random);
                        kept = kept.subList(0, kept.size() * 11 / 20);
                        for (int w = 0; w < words.length / 3; w++) {
                            kept.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                        }
                        text = String.join(" ", kept);
                        kind = "INDIRECT";
                    }
                }
            } else {
                StringBuilder s = new StringBuilder();
                int n = 12 + random.nextInt(25);
                for (int w = 0; w < n; w++) {
                    s.append(w == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                }
                text = s.toString();
                at = BASE.plusSeconds(random.nextInt(60 * 86_400));
                last[speaker] = text;
                lastAt[speaker] = at;
            }
            int outlet = random.nextInt(20);
            int id = next++;
            return "{\"text\":\"" + text + ".\",\"kind\":\"" + kind + "\",\"speaker\":{\"name\":\"Cost " + side
                    + " Speaker " + speaker + "\",\"kind\":\"PERSON\"},\"outlet\":{\"domain\":\"cost" + outlet
                    + ".example\"},\"reported_at\":\"" + at + "\",\"external_id\":\"cost-" + side + "-r" + round + "-" + id
                    + "\"}";
        }
    }

    static void bulk(String on, String off, String jdbc, String user, String password, int rounds, int lines)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Workload onLoad = new Workload("on", 1);
        Workload offLoad = new Workload("off", 1); // the same texts and times, other speakers
        double onSeconds = 0, offSeconds = 0, copySeconds = 0;
        long copied = 0;
        // warm-up round (JIT, speakers, outlets, the embedding model), not counted
        post(http, on, onLoad.lines(lines / 4));
        post(http, off, offLoad.lines(lines / 4));
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int round = 1; round <= rounds; round++) {
                onLoad.round = round;
                offLoad.round = round;
                String a = onLoad.lines(lines);
                String b = offLoad.lines(lines);
                double sa = post(http, on, a);
                double sb = post(http, off, b);
                onSeconds += sa;
                offSeconds += sb;
                // COPY: OFF's rows of this round again, straight into the table (no speakers, no utterances made)
                String mine = "external_id like 'cost-off-r" + round + "-%'";
                String cols = "id, text, kind, speaker_id, outlet_id, origin, created_at, updated_at, version,"
                        + " reported_at, utterance_id, external_id";
                // the statements and the utterances the API made for them, dumped, deleted, loaded again by COPY
                String ucols = "id, speaker_id, reports, first_reported_at, last_reported_at, created_at, updated_at";
                String theirs = "id in (select utterance_id from statement where " + mine + ")";
                ByteArrayOutputStream udump = new ByteArrayOutputStream();
                copy.copyOut("COPY (select " + ucols + " from utterance where " + theirs + ") TO STDOUT", udump);
                ByteArrayOutputStream dump = new ByteArrayOutputStream();
                copy.copyOut("COPY (select " + cols + " from statement where " + mine + ") TO STDOUT", dump);
                try (Statement st = c.createStatement()) {
                    st.execute("create temp table gone as select utterance_id from statement where " + mine);
                    st.execute("delete from statement where " + mine);
                    st.execute("delete from utterance where id in (select utterance_id from gone)");
                    st.execute("drop table gone");
                }
                long t0 = System.nanoTime();
                copy.copyIn("COPY utterance (" + ucols + ") FROM STDIN", new ByteArrayInputStream(udump.toByteArray()));
                copied += copy.copyIn("COPY statement (" + cols + ") FROM STDIN",
                        new ByteArrayInputStream(dump.toByteArray()));
                double sc = (System.nanoTime() - t0) / 1e9;
                copySeconds += sc;
                System.out.printf("   round %d: ON %,.0f/s  OFF %,.0f/s  COPY %,.0f/s%n", round, lines / sa, lines / sb,
                        lines / sc);
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select count(*), count(distinct utterance_id) from statement where external_id like 'cost-on-%'")) {
                rs.next();
                System.out.printf("   ON side: %,d statements in %,d utterances (linking worked)%n", rs.getLong(1),
                        rs.getLong(2));
            }
        }
        double onRate = rounds * lines / onSeconds;
        double offRate = rounds * lines / offSeconds;
        double copyRate = copied / copySeconds;
        System.out.printf("== bulk import: ON %,.0f statements/s, OFF %,.0f statements/s, COPY %,.0f statements/s%n",
                onRate, offRate, copyRate);
        System.out.printf("== RATIO bulk with linking / without = %.2f (target >= 0.70)%n", onRate / offRate);
        System.out.printf("== RATIO bulk with linking / COPY    = %.2f%n", onRate / copyRate);
    }

    /** Seconds one bulk request took; fails unless every line was created. */
    static double post(HttpClient http, String api, String body) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create(api + "/statements/bulk"))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        int created = 0;
        String first = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                // a verbatim re-report in the same outlet is the same statement: DUPLICATE, answered like CREATED
                if (l.contains("\"status\":\"CREATED\"") || l.contains("\"status\":\"DUPLICATE\"")) {
                    created++;
                } else if (first == null) {
                    first = l;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long expected = body.chars().filter(ch -> ch == '\n').count();
        if (response.statusCode() != 200 || created != expected) {
            throw new IllegalStateException(api + " bulk: HTTP " + response.statusCode() + ", " + created + " of "
                    + expected + " created; first other line: " + first);
        }
        return seconds;
    }

    static void creates(String on, String off, int count, int speakers) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // BENCH_SEED: other statements, so creates can run again on one database (the same ones would answer 200)
        Random r = new Random(Long.parseLong(System.getenv().getOrDefault("BENCH_SEED", "5")));
        List<Double> onMs = new ArrayList<>();
        List<Double> offMs = new ArrayList<>();
        for (int i = 0; i < count + 50; i++) {
            for (String side : new String[] {on, off}) {
                // a speaker of the COPY-loaded population (ScaleBench: one speaker per 500 statements, 180 days)
                Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(r.nextInt(180 * 86_400));
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 25; w++) {
                    text.append(w == 0 ? "" : " ").append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
                }
                String body = "{\"text\": \"" + text + ".\", \"kind\": \"DIRECT\", \"speaker\": {\"name\": \"Scale Speaker "
                        + r.nextInt(speakers) + "\"}, \"outlet\": {\"domain\": \"scale" + r.nextInt(50)
                        + ".example\"}, \"reported_at\": \"" + at + "\"}";
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(side + "/statements"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                if (i >= 50) {
                    (side.equals(on) ? onMs : offMs).add(ms);
                }
            }
        }
        Collections.sort(onMs);
        Collections.sort(offMs);
        double onMedian = onMs.get(onMs.size() / 2), offMedian = offMs.get(offMs.size() / 2);
        System.out.printf("   ON : %d creates, median %.2f ms, p90 %.2f ms%n", onMs.size(), onMedian,
                onMs.get(onMs.size() * 9 / 10));
        System.out.printf("   OFF: %d creates, median %.2f ms, p90 %.2f ms%n", offMs.size(), offMedian,
                offMs.get(offMs.size() * 9 / 10));
        System.out.printf("== linking adds %.2f ms to the median single create (target < 5 ms); ratio ON/OFF %.2f%n",
                onMedian - offMedian, onMedian / offMedian);
    }
}
