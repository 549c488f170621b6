package io.statements.extraction.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Single-thread throughput of {@link StatementExtractor} over every {@code *.txt} in a folder: by the wall clock, and
 * by the thread's own CPU time, which a loaded shared machine disturbs much less (time spent waiting for a core does
 * not count; cache and memory contention still do). The warm-up prints its own curve (CPU-time articles/s over
 * passes 1–60, 61–150, 151–300, 301–600, ...): with some 400 rule classes the JIT is still compiling after 60 passes
 * on two cores, so the figure after a short warm-up measures the compiler, and the measured passes should start where
 * the curve has flattened, as in a service that has run for a minute.
 * <pre>java io.statements.extraction.core.ThroughputBenchmark DIR [warmupPasses=5] [passes=10]</pre>
 */
public final class ThroughputBenchmark {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/polnear-dev");
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> st = Files.list(dir)) {
            for (Path p : st.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                texts.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        StatementExtractor ex = new StatementExtractor();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        StringBuilder curve = new StringBuilder();
        int windowStart = 0;
        long windowCpu = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < warm; i++) {
            for (String t : texts) {
                sink += ex.extract(t).size();
            }
            if (i + 1 == warm || i + 1 == nextWindowEnd(windowStart)) {
                long now = cpu.getCurrentThreadCpuTime();
                curve.append(String.format(" %d-%d: %.0f;", windowStart + 1, i + 1,
                        texts.size() * (double) (i + 1 - windowStart) / ((now - windowCpu) / 1e9)));
                windowStart = i + 1;
                windowCpu = now;
            }
        }
        double[] rates = new double[passes];
        long totalNanos = 0;
        long cpuNanos = 0;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (String t : texts) {
                sink += ex.extract(t).size();
            }
            long dt = System.nanoTime() - t0;
            long dc = cpu.getCurrentThreadCpuTime() - c0;
            totalNanos += dt;
            cpuNanos += dc;
            bestCpu = Math.min(bestCpu, dc);
            rates[i] = texts.size() / (dt / 1e9);
        }
        double secs = totalNanos / 1e9;
        double docsPerSec = texts.size() * (double) passes / secs;
        double mbPerSec = bytes * (double) passes / secs / (1024.0 * 1024.0);
        java.util.Arrays.sort(rates);
        System.out.printf("articles: %d (%.1f KB), warm-up passes: %d, measured passes: %d, one thread%n",
                texts.size(), bytes / 1024.0, warm, passes);
        System.out.println("warm-up curve, articles/s by CPU time over passes:" + curve);
        System.out.printf("throughput: %.0f articles/s, %.2f MB/s (slowest pass %.0f, fastest %.0f articles/s)%n",
                docsPerSec, mbPerSec, rates[0], rates[rates.length - 1]);
        System.out.printf("by thread CPU time: %.0f articles/s (fastest pass %.0f)%n",
                texts.size() * (double) passes / (cpuNanos / 1e9), texts.size() / (bestCpu / 1e9));
        System.out.printf("statements per pass: %d%n", sink / (warm + passes));
    }

    /** Window ends 60, 150, 300, 600, 1200, ...: short windows while the JIT changes the most, longer after. */
    private static int nextWindowEnd(int start) {
        if (start < 60) {
            return 60;
        }
        return start < 150 ? 150 : start * 2;
    }
}
