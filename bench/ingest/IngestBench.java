import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Ingestion benchmark (run by bench/ingest/run.sh against a freshly started service):
 *  1. imports N generated statements through POST /statements/bulk (in requests of 50,000 lines);
 *  2. dumps exactly those rows, deletes them, VACUUM FULLs, and loads the same rows with COPY into the same table;
 *  3. prints statements/second for both and the ratio;
 *  4. prints the service's peak RSS during a 5, a 50 and a 100 MB import (peak reset between them), and its RSS
 *     afterwards; `bench/ingest/run.sh 0` prints only these (with BENCH_JAVA_OPTS=-Xmx512m for issue 16's figure).
 * All data is generated here; nothing is read from elsewhere.
 */
public class IngestBench {

    /**
     * BENCH_JFR: a flight recording of the service during the API step (api.jfr); BENCH_PGSS (run.sh loaded
     * pg_stat_statements): the API step's statements by total time (pgss.txt). Outside the timed section.
     */
    static void profile(String jdbc, long pid, Path work, boolean start) throws Exception {
        if (System.getenv("BENCH_JFR") != null) {
            new ProcessBuilder("jcmd", Long.toString(pid), start ? "JFR.start" : "JFR.stop", "name=api",
                    start ? "settings=profile" : "filename=" + work.resolve("api.jfr")).inheritIO().start().waitFor();
        }
        if (System.getenv("BENCH_SU_PASSWORD") == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", System.getenv("BENCH_SU_PASSWORD"));
             Statement s = c.createStatement()) {
            if (start) {
                s.execute("select pg_stat_statements_reset()");
                return;
            }
            StringBuilder out = new StringBuilder(String.format("%10s %10s %9s %10s %12s  %s%n",
                    "total_ms", "calls", "mean_ms", "rows", "blks_dirtied", "query"));
            try (var rs = s.executeQuery("select total_exec_time, calls, mean_exec_time, rows, shared_blks_dirtied,"
                    + " regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements"
                    + " order by total_exec_time desc limit 40")) {
                while (rs.next()) {
                    String q = rs.getString(6);
                    out.append(String.format("%10.0f %10d %9.3f %10d %12d  %s%n", rs.getDouble(1), rs.getLong(2),
                            rs.getDouble(3), rs.getLong(4), rs.getLong(5), q.length() > 300 ? q.substring(0, 300) : q));
                }
            }
            Files.writeString(work.resolve("pgss.txt"), out);
            System.out.println("   pg_stat_statements of the API step: " + work.resolve("pgss.txt"));
        }
    }

    /** The bootstrap admin key run.sh starts the service with: bulk import needs the ingester role. */
    static final String KEY = "stmt_ingest_bench_0123456789abcdefghijklmnop";

    static final String[] FIRST = {"Amara", "Luis", "Hanne", "Tomasz", "Priya", "Yusuf", "Dagny", "Ines", "Aurelio",
            "Mireille", "Kwame", "Sofia", "Ravi", "Elin", "Jonas", "Marta", "Ilse", "Odile", "Greta", "Teodor"};
    static final String[] LAST = {"Okafor", "Ferreira", "Lindqvist", "Wierzbicki", "Raman", "Demirtas", "Carvalho",
            "Banfi", "Achterberg", "Nwosu", "Mensah", "Varga", "Holm", "Marchetti", "Berg", "Oyelaran", "Quist",
            "Novak", "Haddad", "Sato", "Kowalczyk", "Duarte", "Ekström", "Moreau", "Adeyemi"};
    static final String[] WORDS = ("the council will review budget harbour talks water rail clinic tariffs deadline "
            + "residents workers union ministry plan delay cost offer vote protest closure reservoir drought exports "
            + "jobs schools housing rents transport energy prices inflation election campaign police court inquiry "
            + "report figures growth decline agreement pressure support opposition reform spending").split(" ");
    static final String[] CHANNELS = {"STATEMENT", "INTERVIEW", "PRESS_CONFERENCE", "SPEECH", "TWEET"};
    static final String[] STANCES = {"SUPPORT", "OPPOSE", "NEUTRAL", "UNCLEAR"};

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String jdbc = args[1];
        long pid = Long.parseLong(args[2]);
        int n = Integer.parseInt(args[3]);
        Path work = Path.of(args[4]);
        Files.createDirectories(work);
        HttpClient http = HttpClient.newHttpClient();
        if (n == 0) { // bench/ingest/run.sh 0: only the memory figures
            memory(http, api, pid, work);
            return;
        }

        System.out.printf("== Generating %,d statements%n", n);
        int perRequest = 50_000;
        int files = (n + perRequest - 1) / perRequest;
        long bytes = 0;
        for (int f = 0; f < files; f++) {
            bytes += generate(work.resolve("bulk-" + f + ".ndjson"), "b", f * perRequest,
                    Math.min(n, (f + 1) * perRequest), 0);
        }
        System.out.printf("   %d files, %.1f MB%n", files, bytes / 1e6);

        // Speakers, outlets and articles exist before either load is timed: COPY cannot create them, so the API is
        // timed on the same task, loading statements that refer to them (by name, domain and URL).
        System.out.println("== Warm-up: create the 2,000 speakers, 50 outlets and 20,000 articles through the API");
        Path warm = work.resolve("warm-up.ndjson");
        try (Writer w = Files.newBufferedWriter(warm)) {
            for (int a = 0; a < 20_000; a++) {
                w.write(line(new Random(a), "w", a, 60, a % 2000, a) + "\n");
            }
        }
        System.out.printf("   %s%n", post(http, api, warm));

        System.out.println("== API: POST /statements/bulk");
        profile(jdbc, pid, work, true);
        long[] cpu0 = {cpuTicks(pid), postgresTicks(work)};
        long t0 = System.nanoTime();
        Map<String, Long> counts = new TreeMap<>();
        for (int f = 0; f < files; f++) {
            post(http, api, work.resolve("bulk-" + f + ".ndjson")).forEach((k, v) -> counts.merge(k, v, Long::sum));
        }
        double apiSeconds = (System.nanoTime() - t0) / 1e9;
        double apiJava = (cpuTicks(pid) - cpu0[0]) / TICKS, apiPg = (postgresTicks(work) - cpu0[1]) / TICKS;
        // a build with the link queue (#13, round 11) links bulk statements after the import: wait for the queue to
        // empty (before COPY, which must not share the machine with it) and time the import with its links
        // (the profiles are of the import alone: what the linking costs is the same code as before, profiled in
        // docs/linking.md rounds 4-9)
        profile(jdbc, pid, work, false);
        boolean queued = waitForLinks(jdbc);
        double linkedSeconds = (System.nanoTime() - t0) / 1e9;
        double linkedJava = (cpuTicks(pid) - cpu0[0]) / TICKS, linkedPg = (postgresTicks(work) - cpu0[1]) / TICKS;
        System.out.printf("   results %s%n", counts);
        if (counts.getOrDefault("CREATED", 0L) != n) {
            throw new IllegalStateException("expected " + n + " CREATED lines");
        }
        double apiRate = n / apiSeconds;
        System.out.printf("   %,d statements in %.2f s = %,.0f statements/s%n", n, apiSeconds, apiRate);
        if (queued) {
            System.out.printf("   linked (link queue empty) after %.2f s = %,.0f statements/s; CPU until then %.1f s"
                            + " (service %.1f, PostgreSQL %.1f) = %.3f ms a statement%n", linkedSeconds,
                    n / linkedSeconds, linkedJava + linkedPg, linkedJava, linkedPg, 1000 * (linkedJava + linkedPg) / n);
        }

        System.out.println("== COPY: the same rows into the same table");
        String cols = "id, text, kind, speaker_id, outlet_id, article_id, cue, channel, via, stance, stance_target, "
                + "topics, language, stated_at, reported_at, origin, created_at, updated_at, version, external_id";
        String mine = "external_id like 'b-%'";
        double copySeconds;
        long copyPg0;
        double copyPg;
        try (Connection c = DriverManager.getConnection(jdbc, System.getenv("BENCH_DB_USER"), System.getenv("BENCH_DB_PASSWORD"))) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream dump = new ByteArrayOutputStream();
            long dumped = copy.copyOut("COPY (select " + cols + " from statement where " + mine + ") TO STDOUT", dump);
            try (Statement s = c.createStatement()) {
                // leave the table as the API found it: without the rows, compacted, so COPY appends to fresh pages
                // as the API did (reusing freed pages right after a checkpoint would make COPY pay for full-page
                // writes the API never paid)
                s.execute("delete from statement where " + mine);
                s.execute("vacuum full analyze statement");
            }
            copyPg0 = postgresTicks(work);
            long c0 = System.nanoTime();
            long loaded = copy.copyIn("COPY statement (" + cols + ") FROM STDIN", new ByteArrayInputStream(dump.toByteArray()));
            copySeconds = (System.nanoTime() - c0) / 1e9;
            copyPg = (postgresTicks(work) - copyPg0) / TICKS;
            if (loaded != n || dumped != n) {
                throw new IllegalStateException("dumped " + dumped + ", loaded " + loaded);
            }
        }
        double copyRate = n / copySeconds;
        System.out.printf("   %,d statements in %.2f s = %,.0f statements/s%n", n, copySeconds, copyRate);
        System.out.printf("== RATIO API/COPY = %.2f (target >= 0.50; with linking on, #13: >= 0.70)%n", apiRate / copyRate);
        if (queued) {
            System.out.printf("== RATIO API with its links made/COPY = %.2f%n", n / linkedSeconds / copyRate);
        }
        // the machine is shared: CPU seconds spent say more than wall time when others run too
        System.out.printf("== CPU: API %.1f s (service %.1f, PostgreSQL %.1f) = %.3f ms a statement; COPY %.1f s"
                        + " (PostgreSQL) = %.3f ms; COPY/API CPU = %.2f%n", apiJava + apiPg, apiJava, apiPg,
                1000 * (apiJava + apiPg) / n, copyPg, 1000 * copyPg / n, copyPg / (apiJava + apiPg));

        if (System.getenv("BENCH_SKIP_MEMORY") == null) {
            memory(http, api, pid, work);
        }
    }

    /** #16: peak RSS during 5, 50 and 100 MB imports, and how close to idle the service comes back afterwards. */
    static void memory(HttpClient http, String api, long pid, Path work) throws Exception {
        System.out.println("== Peak RSS of the service during imports");
        long idle = rssKb(pid, "VmRSS") / 1024;
        System.out.printf("   idle RSS before: %,d MB%n", idle);
        peak(http, api, pid, work, "s", 5_000_000);
        peak(http, api, pid, work, "m", 50_000_000);
        peak(http, api, pid, work, "l", 100_000_000);
        Thread.sleep(10_000); // the import's buffers are garbage now; give the collector a moment
        long after = rssKb(pid, "VmRSS") / 1024;
        System.out.printf("   idle RSS 10 s after the last import: %,d MB (%+,d MB against idle before)%n", after,
                after - idle);
        if (System.getenv("BENCH_NMT") != null) { // the service runs with -XX:NativeMemoryTracking=summary
            for (String command : new String[] {"GC.heap_info", "VM.native_memory summary"}) {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true)
                        .start();
                System.out.println(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                jcmd.waitFor();
            }
        }
    }

    static void peak(HttpClient http, String api, long pid, Path work, String tag, long targetBytes) throws Exception {
        Path file = work.resolve("rss-" + tag + ".ndjson");
        long size = 0;
        int lines = 0;
        try (Writer w = Files.newBufferedWriter(file)) {
            Random random = new Random(tag.hashCode());
            while (size < targetBytes) {
                String line = line(random, tag, lines++, 600) + "\n";
                w.write(line);
                size += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5"); // resets VmHWM (peak RSS)
        AtomicLong sampledMax = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledMax.accumulateAndGet(rssKb(pid, "VmRSS"), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        Map<String, Long> counts = post(http, api, file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf("   %.1f MB body (%,d lines, %s) in %.1f s: peak RSS %,d MB (VmHWM), sampled max %,d MB%n",
                size / 1e6, lines, counts, seconds, rssKb(pid, "VmHWM") / 1024, sampledMax.get() / 1024);
    }

    static final double TICKS = 100.0; // USER_HZ

    /** Waits until the service's link queue is empty; false if it has none (a build before round 11). */
    static boolean waitForLinks(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, System.getenv("BENCH_DB_USER"),
                System.getenv("BENCH_DB_PASSWORD")); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select to_regclass('link_pending') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            while (true) {
                try (var rs = s.executeQuery("select count(*) from link_pending where attempts < 5")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return true;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /** utime + stime of a process (and its threads), in clock ticks; 0 if it is gone. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU of the bench database's server processes (the postmaster's children: backends, writers, autovacuum). */
    static long postgresTicks(Path work) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(work.resolve("data/pg/postmaster.pid")).get(0).trim());
        long total = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(f[1]) == postmaster) {
                        total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // exited meanwhile
                }
            }
        }
        return total;
    }

    static long rssKb(long pid, String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith(field + ":")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static Map<String, Long> post(HttpClient http, String api, Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/statements/bulk"))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        Map<String, Long> counts = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + r.readLine());
            }
            String l;
            while ((l = r.readLine()) != null) {
                int i = l.indexOf("\"status\":\"");
                counts.merge(l.substring(i + 10, l.indexOf('"', i + 10)), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Lines from..to of a data set: 2,000 speakers, 50 outlets, 20,000 articles (about 10 statements each). */
    static long generate(Path file, String tag, int from, int to, int extra) throws IOException {
        Random random = new Random(from * 31L + tag.hashCode());
        long bytes = 0;
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int i = from; i < to; i++) {
                String line = line(random, tag, i, 180 + extra) + "\n";
                w.write(line);
                bytes += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }

    static String line(Random random, String tag, int i, int textLength) {
        return line(random, tag, i, textLength, random.nextInt(2000), random.nextInt(20_000));
    }

    static String line(Random random, String tag, int i, int textLength, int speaker, int article) {
        int outlet = article % 50;
        String text = Texts.next(random, tag + i, speaker, article, textLength);
        return "{\"text\":\"" + text + "\",\"kind\":\"" + (random.nextBoolean() ? "DIRECT" : "INDIRECT") + "\","
                + "\"speaker\":{\"name\":\"" + FIRST[speaker % FIRST.length] + " " + LAST[(speaker / FIRST.length) % LAST.length]
                + " " + (speaker / (FIRST.length * LAST.length)) + "\"},"
                + "\"outlet\":{\"domain\":\"outlet" + outlet + ".bench.example\",\"name\":\"Bench Outlet " + outlet + "\"},"
                + "\"article\":{\"url\":\"https://outlet" + outlet + ".bench.example/news/" + article + "\","
                + "\"published_at\":\"2025-0" + (1 + article % 9) + "-1" + (article % 10) + "T08:00:00Z\"},"
                + "\"cue\":\"said\",\"channel\":\"" + CHANNELS[random.nextInt(CHANNELS.length)] + "\","
                + "\"stance\":\"" + STANCES[random.nextInt(STANCES.length)] + "\","
                + "\"topics\":[\"" + WORDS[random.nextInt(WORDS.length)] + "\"],\"language\":\"en\","
                + "\"origin\":\"IMPORTED\",\"external_id\":\"" + tag + "-" + i + "\"}";
    }

    /**
     * Statement texts shaped like news: function words and a Zipf-Mandelbrot-distributed vocabulary of 4,000 content words (two
     * reports of one speaker share a few content words, not most of them, as in real reporting; a vocabulary of a few
     * dozen words made every pair of a speaker's reports look alike and kept the linker's paraphrase sieve busy on
     * pairs no news would produce), and one line in five another outlet's report of the speaker's previous
     * statement: the same words or a part of at least six of them, as the linker is there to find.
     */
    static final class Texts {
        static final String[] FUNCTION = ("the of to and a in that is for on it with as was at by be this have from or "
                + "are will not we they has but an their more would there been who were can our its all").split(" ");
        static final String[] SYLLABLES = ("ba ker lo min tra sel vo dan ri pel ton gar mu fen sha lit cor ne bro vis "
                + "da lem por qui sta ren ul mo ter gi ham cle fro ni ves par dro lu zen kar").split(" ");
        static final String[] CONTENT = new String[4000];
        static final double[] CUMULATIVE = new double[CONTENT.length];
        static final String[] PREVIOUS = new String[20_000];

        static {
            Random r = new Random(42);
            java.util.Set<String> seen = new java.util.HashSet<>();
            double sum = 0;
            for (int k = 0; k < CONTENT.length; k++) {
                String w;
                do {
                    StringBuilder b = new StringBuilder();
                    for (int n = 2 + r.nextInt(2); n > 0; n--) {
                        b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
                    }
                    w = b.toString();
                } while (!seen.add(w));
                CONTENT[k] = w;
                sum += 1.0 / (k + 20); // Zipf-Mandelbrot: the commonest content word is about 1 % of words
                CUMULATIVE[k] = sum;
            }
        }

        static final int[] PREVIOUS_ARTICLE = new int[PREVIOUS.length];

        static String next(Random random, String label, int speaker, int article, int length) {
            String previous = PREVIOUS[speaker % PREVIOUS.length];
            // another article's report (the same one twice would be a duplicate line)
            if (previous != null && PREVIOUS_ARTICLE[speaker % PREVIOUS.length] != article && random.nextInt(5) == 0) {
                String[] words = previous.split(" ");
                if (random.nextBoolean() || words.length < 8) {
                    return previous;
                }
                int size = 6 + random.nextInt(words.length - 6);
                int from = random.nextInt(words.length - size + 1);
                return String.join(" ", java.util.Arrays.copyOfRange(words, from, from + size));
            }
            StringBuilder text = new StringBuilder();
            int figureAt = random.nextInt(Math.max(1, length / 12));
            for (int w = 0; text.length() < length; w++) {
                text.append(w == 0 ? "" : " ");
                if (w == figureAt) {
                    text.append(label.replaceAll("[^0-9]", "")).append(" ").append(label.replaceAll("[0-9]", ""));
                } else if (random.nextInt(100) < 45) {
                    text.append(FUNCTION[random.nextInt(FUNCTION.length)]);
                } else {
                    double x = random.nextDouble() * CUMULATIVE[CUMULATIVE.length - 1];
                    int k = java.util.Arrays.binarySearch(CUMULATIVE, x);
                    text.append(CONTENT[Math.min(CONTENT.length - 1, k < 0 ? -k - 1 : k)]);
                }
            }
            String made = text.append('.').toString();
            PREVIOUS[speaker % PREVIOUS.length] = made;
            PREVIOUS_ARTICLE[speaker % PREVIOUS.length] = article;
            return made;
        }
    }
}
