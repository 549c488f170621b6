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

    interface Action {
        /** One request; returns normally on success, throws on failure. */
        void run() throws Exception;
    }

    /** A thread's request loop body and the connection it owns (closed when the slice ends). */
    record Worker(Action action, AutoCloseable connection) {
    }

    interface WorkerFactory {
        Worker create() throws Exception;
    }

    record Result(double throughput, double p50Ms, double p99Ms, long requests, long errors) {
    }

    /** Raw measurements of one timed slice; slices of the same path are merged into one {@link Result}. */
    record Sample(long[] latencies, double seconds, long errors) {
    }

    static Result merge(List<Sample> samples) {
        long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s.latencies())).sorted().toArray();
        double seconds = samples.stream().mapToDouble(Sample::seconds).sum();
        long errors = samples.stream().mapToLong(Sample::errors).sum();
        return new Result(all.length / seconds, percentile(all, 0.50), percentile(all, 0.99), all.length, errors);
    }

    private Load() {
    }

    static Sample run(int threads, double seconds, WorkerFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<long[]>> futures = new ArrayList<>();
            List<Worker> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                Worker worker = factory.create();
                workers.add(worker);
                futures.add(pool.submit((Callable<long[]>) () -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    long errors = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            worker.action().run();
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
            List<long[]> parts = new ArrayList<>();
            long errors = 0;
            for (Future<long[]> f : futures) {
                long[] values = f.get();
                errors += values[values.length - 1];
                parts.add(Arrays.copyOf(values, values.length - 1));
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            for (Worker worker : workers) {
                worker.connection().close();
            }
            return new Sample(parts.stream().flatMapToLong(Arrays::stream).toArray(), elapsed, errors);
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
