package io.statements.bench;

import io.statements.search.AggregateQueries;
import io.statements.search.BoundedRelevance;
import io.statements.search.SearchPeriod;
import io.statements.search.SearchPeriods;
import io.statements.search.Facet;
import io.statements.search.SearchSort;
import io.statements.search.Sql;
import io.statements.search.StatementFilter;
import io.statements.search.StatementQueries;
import io.statements.search.TallyQueries;
import io.statements.statement.Stance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run, one database: loads (once) N synthetic statements, starts the packaged service against the
 * same PostgreSQL, then times five representative searches through the HTTP API and as the identical
 * SQL over JDBC, both at the same concurrency, and prints throughput, p50, p99 and the API/direct ratio.
 */
public final class SearchBench {

    record Case(String name, String apiPath, Sql sql) {
    }

    /** A speaker of middling prominence (31st by statements) and the second-largest outlet. */
    private static final String SPEAKER = "select speaker_id from statement group by 1 order by count(*) desc limit 1 offset 30";
    private static final String OUTLET = "select outlet_id from statement group by 1 order by count(*) desc limit 1 offset 1";
    private static final int SLICES = 4;
    private static final Pattern NEXT = Pattern.compile("\"next_cursor\":\"([^\"]+)\"");
    private static final Pattern INDEX = Pattern.compile("(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\\w+)");

    public static void main(String[] args) throws Exception {
        int statements = Integer.parseInt(setting("BENCH_STATEMENTS", "1000000"));
        double seconds = Double.parseDouble(setting("BENCH_SECONDS", "20"));
        int concurrency = Integer.parseInt(setting("BENCH_CONCURRENCY", "8"));
        Path work = Path.of(setting("BENCH_DIR", "target/search-bench")).toAbsolutePath();
        Files.createDirectories(work);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(false).setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_connections", "100").setServerConfig("jit", "off")
                .setServerConfig("max_wal_size", "4GB").setServerConfig("synchronous_commit", "off").start()) {
            String jdbc = pg.getJdbcUrl("postgres", "postgres");
            int port = freePort();
            Process app = startApp(jdbc, port, work.resolve("app.log"));
            try {
                waitUntilUp(port, app);
                try (Connection c = DriverManager.getConnection(jdbc)) {
                    if (count(c, "select count(*) from statement") != statements) {
                        System.out.printf("Loading %,d synthetic statements...%n", statements);
                        long loadStart = System.nanoTime();
                        new Generator().load(c, statements);
                        System.out.printf("  load time (COPY, index builds, vacuum analyze): %.1f s%n",
                                (System.nanoTime() - loadStart) / 1e9);
                        // the service's first text-index refresh (SearchPeriods, 15 s after start) ran into the
                        // loader's own index builds (a deadlock at 10M); a restarted service builds its periods on
                        // the loaded table, as a deployed one does
                        app.destroy();
                        app.waitFor();
                        app = startApp(jdbc, port, work.resolve("app.log"));
                        waitUntilUp(port, app);
                    }
                    sizes(c);
                    // the word, speaker and outlet shares of bounded relevance, as the service's scheduled refresh
                    // would keep them
                    System.out.printf("  common words with a share: %,d; speakers and outlets: %,d%n",
                            count(c, "select statements_refresh_lexeme_shares()"),
                            count(c, "select statements_refresh_column_shares()"));
                    PeriodsReady.await(c, Double.parseDouble(setting("BENCH_PERIODS_WAIT", "15")));
                    List<Case> cases = cases(c, port);
                    List<Case> shapes = new ArrayList<>(cases);
                    Shapes.all(uuid(c, SPEAKER), uuid(c, OUTLET)).forEach((name, sql) -> shapes.add(new Case(name, null, sql)));
                    explain(c, shapes, work.resolve("plans.txt"));
                    estimateAccuracy(c);
                    if (!setting("BENCH_PAGE", "").isBlank()) {
                        FirstRender.measure(port);
                    }
                    Pinning.apply(work.resolve("pg"));
                    run(cases, jdbc, port, seconds, concurrency, statements, app);
                    if (!setting("BENCH_PAGE", "").isBlank()) {
                        System.out.println("  first render again, the service now warm (as a running service is):");
                        FirstRender.measure(port);
                    }
                }
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
    }

    /** Table and index sizes, for the growth from one size to the next (docs/scaling.md). */
    private static void sizes(Connection c) throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery("select c.relname, pg_relation_size(c.oid),"
                + " c.relkind from pg_class c where c.relname = 'statement' or c.oid in (select indexrelid from"
                + " pg_index where indrelid = 'statement'::regclass) order by pg_relation_size(c.oid) desc")) {
            long total = 0;
            while (rs.next()) {
                total += rs.getLong(2);
                System.out.printf("  size %-34s %,10.1f MB%n", rs.getString(1), rs.getLong(2) / 1e6);
            }
            System.out.printf("  size %-34s %,10.1f MB%n", "statement + its indexes", total / 1e6);
        }
    }

    private static List<Case> cases(Connection c, int port) throws Exception {
        UUID speaker = uuid(c, SPEAKER);
        UUID outlet = uuid(c, OUTLET);
        Instant from = Instant.parse("2019-01-01T00:00:00Z");
        Instant to = Instant.parse("2021-01-01T00:00:00Z");
        String q1 = "fragile pipeline";
        String q2 = "embargo";
        // the newest quarters' text indexes, as the service reads them (statements.search.relevance.periods = 16)
        List<SearchPeriod> periods = SearchPeriods.read(c, 16);
        System.out.printf("  search periods: %d usable%n", periods.size());
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("full text", "/statements?q=" + enc(q1),
                StatementQueries.page(StatementFilter.of(q1, List.of(), List.of(), List.of(), null, null),
                        SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        // #16: the other-language tenth, searched in its language (inflected form of the stored "санкций")
        cases.add(new Case("full text, language=ru", "/statements?q=" + enc("санкция") + "&language=ru",
                StatementQueries.page(new StatementFilter("санкция", List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("ru"), null, null,
                        null, null, List.of(), List.of(), false), SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        // #16: a word in about half of all statements (the generator's commonest); ranked within its newest matches
        cases.add(new Case("full text, broad word", "/statements?q=week",
                StatementQueries.page(StatementFilter.of("week", List.of(), List.of(), List.of(), null, null),
                        SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        // #16: a word of middling frequency (about 1.6 % of statements): too rare for the newest-matches walk of broad
        // words, too common to rank every match in bounded time
        cases.add(new Case("full text, mid word", "/statements?q=" + enc(q2),
                StatementQueries.page(StatementFilter.of(q2, List.of(), List.of(), List.of(), null, null),
                        SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        // #16: a word in 2.7 % of statements, under the first bound (3.2 % at 1M), over the one the table's order gives
        cases.add(new Case("full text, 2.7 % word", "/statements?q=peace",
                StatementQueries.page(StatementFilter.of("peace", List.of(), List.of(), List.of(), null, null),
                        SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        cases.add(new Case("full text + speaker", "/statements?q=" + enc(q2) + "&speaker_id=" + speaker,
                StatementQueries.page(StatementFilter.of(q2, List.of(speaker), List.of(), List.of(), null, null),
                        SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        // #16: q within one outlet, one of the largest (7.6 % of all statements): the outlet is a key of the text index
        cases.add(new Case("full text + outlet", "/statements?q=" + enc(q2) + "&outlet_id=" + outlet,
                StatementQueries.page(StatementFilter.of(q2, List.of(), List.of(outlet), List.of(), null, null),
                        SearchSort.RELEVANCE, null, 21, false, BoundedRelevance.DEFAULT, periods)));
        cases.add(new Case("stance + outlet + dates", "/statements?stance=OPPOSE&outlet_id=" + outlet
                + "&reported_after=2019-01-01&reported_before=2021-01-01",
                StatementQueries.page(StatementFilter.of(null, List.of(), List.of(outlet), List.of(Stance.OPPOSE),
                        from, to), SearchSort.REPORTED_DESC, null, 21)));
        // 10,271 matches at 10M: over the words' exact limit, so the API counts them on the text index's sample of one
        // statement in eight (V34_1), and so does the direct SQL (before V34_1 both counted every match)
        cases.add(new Case("facets of the full text", "/statements/facets?q=" + enc(q1),
                AggregateQueries.facetsOfIndexSample(StatementFilter.of(q1, List.of(), List.of(), List.of(), null,
                        null), EnumSet.allOf(Facet.class), false)));
        // #16: two common words that rarely meet: 3,729 matches at 10M, under the words' exact limit (5,000), but an
        // exact count intersects ~450,000 postings, over statements.search.facets.words-exact-postings (100,000), so
        // since V35_1 the API counts them on the index sample too (~466 sampled matches), and so does the direct SQL
        // (before, both counted every match: 65-78 ms of PostgreSQL a request)
        cases.add(new Case("facets of common words", "/statements/facets?q=" + enc("fair wages"),
                AggregateQueries.facetsOfIndexSample(StatementFilter.of("fair wages", List.of(), List.of(), List.of(),
                        null, null), EnumSet.allOf(Facet.class), false)));
        // The page's first view: facets of everything, estimated from the column statistics (as the API does past
        // statements.search.facets.exact-limit = 50,000 statements)
        cases.add(new Case("facets, no filter (estimated)", "/statements/facets",
                AggregateQueries.facetsFromStatistics(EnumSet.allOf(Facet.class), 50_000)));
        // The stance matrix and the timeline of everything: from the running tallies (V31_1), as the API does
        cases.add(new Case("stances, no filter", "/stances",
                TallyQueries.stances(StatementFilter.of(null, List.of(), List.of(), List.of(), null, null), true, 20)));
        cases.add(new Case("timeline, no filter", "/statements/timeline", TallyQueries.days()));
        String cursor = cursorOfPage(port, 1000);
        String[] keys = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u001f");
        cases.add(new Case("page 1000 via cursor", "/statements?cursor=" + cursor,
                StatementQueries.page(StatementFilter.of(null, List.of(), List.of(), List.of(), null, null),
                        SearchSort.REPORTED_DESC, List.of(keys[2], keys[3]), 21)));
        String only = setting("BENCH_ONLY", "");
        if (!only.isBlank()) {
            cases.removeIf(k -> java.util.Arrays.stream(only.split(",")).noneMatch(n -> k.name().startsWith(n.strip())));
        }
        // The facets of a search by words are sampled at 10M but counted exactly on a smaller database (fewer matches
        // and postings than the limits): the direct SQL is then the exact count, as the API's answer says
        Map<String, String> exactWhenCounted = Map.of("facets of the full text", q1, "facets of common words", "fair wages");
        List<Case> measured = new ArrayList<>();
        for (Case k : cases) {
            byte[] body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + k.apiPath())).header("Authorization", RawHttp.AUTHORIZATION)
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            String words = exactWhenCounted.get(k.name());
            boolean counted = words != null && new String(body, StandardCharsets.UTF_8).contains("\"approximate\":false");
            Case m = counted ? new Case(k.name(), k.apiPath(), AggregateQueries.facets(StatementFilter.of(words,
                    List.of(), List.of(), List.of(), null, null), EnumSet.allOf(Facet.class), false, 0, 50_000)) : k;
            measured.add(m);
            System.out.printf("  %-24s GET %s (%,d bytes)%s%n", k.name(), k.apiPath(), body.length,
                    counted ? "; counted exactly, so the direct SQL counts every match" : "");
        }
        return measured;
    }

    private static void run(List<Case> cases, String jdbc, int port, double seconds, int concurrency,
                            int statements, Process app) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> cpuLines = new ArrayList<>();
        CpuMeter cpu = new CpuMeter(app);
        // The service is a fresh JVM: until its JIT has compiled the request path (tens of seconds on two
        // shared cores), C2 competes with the requests. A running service is warm, so every query is
        // exercised through both paths, round-robin, before anything is measured.
        double warmup = Double.parseDouble(setting("BENCH_WARMUP", "60"));
        for (int round = 0; round < 2; round++) {
            for (Case k : cases) {
                Load.run(concurrency, warmup / 2 / cases.size() / 2, direct(k, jdbc));
                Load.Result w = Load.merge(List.of(Load.run(concurrency, warmup / 2 / cases.size() / 2, api(k, port))));
                System.out.printf("  warm-up %d %-24s API %6.0f/s%n", round + 1, k.name(), w.throughput());
            }
        }
        for (Case k : cases) {
            Load.WorkerFactory direct = direct(k, jdbc);
            Load.WorkerFactory api = api(k, port);
            // Alternating slices: the machine is shared, so both paths see the same background load.
            List<Load.Sample> directSamples = new ArrayList<>();
            List<Load.Sample> apiSamples = new ArrayList<>();
            CpuMeter.Total directCpu = new CpuMeter.Total();
            CpuMeter.Total apiCpu = new CpuMeter.Total();
            for (int slice = 0; slice < SLICES; slice++) {
                CpuMeter.Snapshot start = cpu.now();
                directSamples.add(Load.run(concurrency, seconds / SLICES, direct));
                CpuMeter.Snapshot middle = cpu.now();
                apiSamples.add(Load.run(concurrency, seconds / SLICES, api));
                CpuMeter.Snapshot end = cpu.now();
                directCpu.add(start, middle);
                apiCpu.add(middle, end);
            }
            Load.Result d = Load.merge(directSamples);
            Load.Result a = Load.merge(apiSamples);
            lines.add(String.format("| %-24s | %8.0f | %6.1f | %6.1f | %8.0f | %6.1f | %6.1f | %9.0f%% |%s",
                    k.name(), d.throughput(), d.p50Ms(), d.p99Ms(), a.throughput(), a.p50Ms(), a.p99Ms(),
                    100 * a.throughput() / d.throughput(), a.errors() + d.errors() > 0 ? " errors: "
                            + (a.errors() + d.errors()) : ""));
            System.out.println(lines.get(lines.size() - 1));
            cpuLines.add(String.format("| %-24s | direct | %s |", k.name(), directCpu.perRequest(d.requests(), false)));
            cpuLines.add(String.format("| %-24s | API    | %s |", k.name(), apiCpu.perRequest(a.requests(), true)));
        }
        System.out.printf("%nSearch benchmark: %,d statements, concurrency %d, %.0f s per path and query (4 alternating slices), %d CPUs%n",
                statements, concurrency, seconds, Pinning.CPUS);
        if (Pinning.enabled()) {
            System.out.println(Pinning.describe());
        }
        System.out.println("| query                    | direct/s | p50 ms | p99 ms |    API/s | p50 ms | p99 ms | API/direct |");
        System.out.println("|--------------------------|---------:|-------:|-------:|---------:|-------:|-------:|-----------:|");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("CPU per request, µs (service JVM, load client JVM, rest of the machine: PostgreSQL and kernel)");
        System.out.println("| query                    | path   | service | client |   rest |    all |");
        System.out.println("|--------------------------|--------|-------:|-------:|-------:|-------:|");
        cpuLines.forEach(System.out::println);
    }

    /**
     * One prepared statement a connection, executed again and again: pgjdbc prepares it on the server from its fifth
     * execution on, as the service's reactive pool caches its prepared statements. Until 2026-12-04 every execution
     * prepared a fresh statement, which PostgreSQL planned every time (the 20-period search SQL takes 7-12 ms to
     * plan), so the direct baseline paid a cost the service does not.
     */
    private static Load.WorkerFactory direct(Case k, String jdbc) {
        return () -> {
            Connection c = DriverManager.getConnection(jdbc);
            PreparedStatement st = k.sql().prepare(c);
            return new Load.Worker(() -> consume(st), c);
        };
    }

    /** Executes the statement and reads every column, as the service does. */
    private static void consume(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        }
    }

    private static Load.WorkerFactory api(Case k, int port) {
        return () -> {
            RawHttp client = new RawHttp(port, k.apiPath());
            return new Load.Worker(() -> {
                int status = client.get();
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status);
                }
            }, client);
        };
    }

    private static void explain(Connection c, List<Case> cases, Path file) throws Exception {
        StringBuilder all = new StringBuilder();
        for (Case k : cases) {
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement st = k.sql().explained().prepare(c); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            List<String> indexes = new ArrayList<>();
            Matcher m = INDEX.matcher(plan);
            while (m.find()) {
                if (!indexes.contains(m.group(1))) {
                    indexes.add(m.group(1));
                }
            }
            String count = plan.toString().lines().filter(l -> l.contains("Execution Time")).findFirst().orElse("");
            System.out.printf("  plan %-34s indexes: %s;%s%n", k.name(), indexes, count.replace("Execution Time:", ""));
            all.append("== ").append(k.name()).append(" ==\n").append(k.sql().text()).append("\n\n").append(plan).append('\n');
        }
        Files.writeString(file, all);
        System.out.println("  full plans: " + file);
    }

    private static String cursorOfPage(int port, int page) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String cursor = null;
        for (int i = 1; i < page; i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/statements"
                    + (cursor == null ? "" : "?cursor=" + cursor))).header("Authorization", RawHttp.AUTHORIZATION)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = NEXT.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no next_cursor on page " + i + ": " + body);
            }
            cursor = m.group(1);
        }
        return cursor;
    }

    private static Process startApp(String jdbc, int port, Path log) throws Exception {
        List<String> command = new ArrayList<>(Pinning.serviceCommandPrefix());
        // The collector the image runs (deploy/Dockerfile.jvm: serial, for footprint); the JVM would pick G1 here
        command.addAll(List.of("java", "-Xmx1g", "-XX:+UseSerialGC"));
        String extra = setting("BENCH_APP_OPTS", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-Dquarkus.http.port=" + port,
                // reads need credentials: the bench signs in as automation does, with the bootstrap admin key
                "-Dstatements.auth.bootstrap-admin-key=" + RawHttp.KEY,
                // 8 threads at full speed are far over a key's request budget; the limiter is not what is measured
                "-Dstatements.rate-limit.enabled=false",
                "-Dquarkus.datasource.jdbc.url=" + jdbc,
                // searches run on the reactive datasource: the same database
                "-Dquarkus.datasource.reactive.url=" + jdbc.replaceFirst("^jdbc:", ""),
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres", "-Dquarkus.datasource.jdbc.max-size=16",
                "-Dquarkus.log.level=WARN", "-jar", "target/quarkus-app/quarkus-run.jar"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilUp(int port, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // 30 min: a migration that builds an index on an existing 10M table (V28_1) runs before the service is up
        for (int i = 0; i < 3600; i++) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the service exited; see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not start");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static UUID uuid(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The estimated facets of everything against the exact ones, the five largest speakers and outlets: from a block
     * sample (the estimate of a filtered search past the exact limit) and from the column statistics (the API's).
     */
    private static void estimateAccuracy(Connection c) throws SQLException {
        StatementFilter all = StatementFilter.of(null, List.of(), List.of(), List.of(), null, null);
        double percent = Math.min(100, 100.0 * 100_000 / Math.max(1, count(c, AggregateQueries.TABLE_ROWS)));
        if (percent >= 50) {
            return;
        }
        EnumSet<Facet> two = EnumSet.of(Facet.SPEAKER, Facet.OUTLET);
        long start = System.nanoTime();
        java.util.Map<String, Long> exact = facetCounts(c, AggregateQueries.facets(all, two));
        long exactNanos = System.nanoTime() - start;
        start = System.nanoTime();
        java.util.Map<String, Long> sampled = facetCounts(c, AggregateQueries.facets(all, two, false, percent));
        long sampledNanos = System.nanoTime() - start;
        start = System.nanoTime();
        java.util.Map<String, Long> statistics = facetCounts(c, AggregateQueries.facetsFromStatistics(two, 0));
        long statisticsNanos = System.nanoTime() - start;
        System.out.printf("  facets of everything: exact %.0f ms, sample (%.1f %%) %.0f ms, column statistics %.1f ms%n",
                exactNanos / 1e6, percent, sampledNanos / 1e6, statisticsNanos / 1e6);
        exact.entrySet().stream().limit(10).forEach(e -> System.out.printf(
                "    %-40s exact %,9d  sample %,9d (%+.1f %%)  statistics %,9d (%+.1f %%)%n", e.getKey(), e.getValue(),
                sampled.getOrDefault(e.getKey(), 0L), off(sampled, e), statistics.getOrDefault(e.getKey(), 0L),
                off(statistics, e)));
    }

    private static double off(java.util.Map<String, Long> estimate, java.util.Map.Entry<String, Long> exact) {
        return 100.0 * (estimate.getOrDefault(exact.getKey(), 0L) - exact.getValue()) / exact.getValue();
    }

    /** facet:label → count, the five largest of each facet, in the query's order. */
    private static java.util.Map<String, Long> facetCounts(Connection c, Sql sql) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> perFacet = new java.util.HashMap<>();
        try (var st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (perFacet.merge(rs.getString(1), 1, Integer::sum) <= 5) {
                    counts.put(rs.getString(1) + ":" + rs.getString(3), rs.getLong(4));
                }
            }
        }
        return counts;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
