package io.statements.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one operation from N threads for a fixed time and reports throughput and latency percentiles. */
final class Load {

    interface Worker {
        /** One request; returns normally on success, throws on failure. */
        void run() throws Exception;
    }

    interface WorkerFactory {
        Worker create() throws Exception;
    }

    record Result(double throughput, double p50Ms, double p99Ms, long requests, long errors) {
    }

    private Load() {
    }

    static Result run(int threads, double seconds, WorkerFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<long[]>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                Worker worker = factory.create();
                futures.add(pool.submit((Callable<long[]>) () -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    long errors = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            worker.run();
                        } catch (Exception e) {
                            if (errors++ == 0) {
                                System.err.println("  request failed: " + e);
                            }
                            continue;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    long[] out = Arrays.copyOf(latencies, n + 1);
                    out[n] = errors;
                    return out;
                }));
            }
            List<Long> all = new ArrayList<>();
            long errors = 0;
            for (Future<long[]> f : futures) {
                long[] values = f.get();
                errors += values[values.length - 1];
                for (int i = 0; i < values.length - 1; i++) {
                    all.add(values[i]);
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(sorted.length / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length, errors);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
