package io.statements.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * BENCH_PIN=1: PostgreSQL on the first half of the CPUs, the service and this load client on the other half, as in a
 * deployment where the database and the service run on machines of their own (the client stays with the service, so
 * the API path still pays for the client's CPU and the direct path gets a core it barely uses). Without it all three
 * share every CPU, and the service's CPU a request is taken from PostgreSQL's throughput (docs/scaling.md).
 */
final class Pinning {

    /** The machine's CPUs, counted before this JVM pins itself to some of them. */
    static final int CPUS = Runtime.getRuntime().availableProcessors();

    private Pinning() {
    }

    static boolean enabled() {
        String value = System.getenv("BENCH_PIN");
        return value != null && !value.isBlank() && !value.equals("0");
    }

    /** The `taskset` prefix for the service's command line; empty when not pinning. */
    static List<String> serviceCommandPrefix() {
        return enabled() ? List.of("taskset", "-c", serviceCpus()) : List.of();
    }

    /**
     * Pins the postmaster and every process it has started (backends forked later inherit the postmaster's CPUs),
     * then this JVM, every thread, so the load workers it starts later too. Called just before the measurement,
     * after the load, so index builds still use every CPU.
     */
    static void apply(Path dataDirectory) throws Exception {
        if (!enabled()) {
            return;
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        for (long pid : pids) {
            taskset(databaseCpus(), pid);
        }
        taskset(serviceCpus(), ProcessHandle.current().pid());
        System.out.printf("  %s (%d PostgreSQL processes)%n", describe(), pids.size());
    }

    static String describe() {
        return "pinned: PostgreSQL on CPUs " + databaseCpus() + ", the service and the load client on " + serviceCpus();
    }

    private static String databaseCpus() {
        int half = Math.max(1, CPUS / 2);
        return half == 1 ? "0" : "0-" + (half - 1);
    }

    private static String serviceCpus() {
        int half = Math.max(1, CPUS / 2);
        return half == CPUS - 1 ? String.valueOf(half) : half + "-" + (CPUS - 1);
    }

    private static void taskset(String cpus, long pid) throws Exception {
        Process p = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, String.valueOf(pid))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // a backend may have exited between listing and pinning: that is not an error
        p.waitFor();
    }
}
