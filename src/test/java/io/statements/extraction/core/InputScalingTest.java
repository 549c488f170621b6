package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards against super-linear work on large or pathological input (a 5 MB text is the largest the API accepts).
 * These are not speed targets (those live in {@code bench/extraction}): each case reads 512 KB and 2.5 MB of the same
 * material and asserts that five times the text costs at most {@value #MAX_GROWTH} times the work, which linear
 * rules meet with room to spare and a quadratic pass (25 times) does not. Not 1 MB and 5 MB: 5 MB of single marks is
 * millions of tokens, and in a warm full suite the memory traffic alone made it 13 times the 1 MB run. Work is this
 * thread's CPU time, so a busy machine (CI with other jobs, a load of 40) slows both runs alike instead of failing.
 */
class InputScalingTest {

    /** Linear is 5; the margin absorbs JIT and GC noise between the two runs. */
    private static final double MAX_GROWTH = 12.0;
    private static final long FLOOR_NANOS = 50_000_000L;
    private static final int SMALL = 512 * 1024;
    private static final int LARGE = 5 * SMALL;

    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void articleTextGrowsLinearly() {
        String unit = StatementExtractorTest.BRIDGE + "\n\n";
        assertLinear("article text", unit, sts -> assertFalse(sts.isEmpty()));
    }

    /**
     * Rule single-mark-quotes (session names37) pairs single marks in one pass: apostrophes, unbalanced openers,
     * quotes reopened paragraph after paragraph and never closed, and short paragraphs full of possessives and
     * elisions.
     */
    @Test
    void singleMarksOnAnyInputGrowLinearly() {
        String[] units = {"'", "\u2019\u2018", "'a ", "'the ferry is late\n", "'a b' 'c d' ",
                "'It is the crews' boat and the '90s are over,' he said. \u2018Don\u2019t go,\u2019 she said. 'em\n\n"};
        for (String unit : units) {
            assertLinear("unit <" + unit.strip() + ">", unit, sts -> { });
        }
    }

    private void assertLinear(String what, String unit, Consumer<List<ExtractedStatement>> check) {
        String small = repeat(unit, SMALL);
        String large = repeat(unit, LARGE);
        long smallNanos = fastestOfTwo(() -> checked(small, check));
        long largeNanos = fastestOfTwo(() -> checked(large, check));
        double growth = (double) largeNanos / Math.max(smallNanos, FLOOR_NANOS);
        assertTrue(growth <= MAX_GROWTH, what + ": " + SMALL / 1024 + " KB took " + smallNanos / 1_000_000
                + " ms of CPU, five times that " + largeNanos / 1_000_000 + " ms (" + String.format("%.1f", growth)
                + " times)");
    }

    private List<ExtractedStatement> checked(String text, Consumer<List<ExtractedStatement>> check) {
        List<ExtractedStatement> sts = extractor.extract(text);
        assertNotNull(sts);
        check.accept(sts);
        return sts;
    }

    private static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }

    /**
     * The faster of two runs: one run's time also holds whatever the JIT or a collection did then (a full suite ran
     * 1 MB in 120 ms, 5 MB in 1,532 ms, 12.7 times, where the same inputs alone grow 2.8 to 3.9 times).
     */
    private static long fastestOfTwo(Supplier<?> work) {
        return Math.min(cpuNanos(work), cpuNanos(work));
    }

    /** CPU time of this thread where the JVM measures it, else wall time. */
    private static long cpuNanos(Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        work.get();
        return (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
    }
}
