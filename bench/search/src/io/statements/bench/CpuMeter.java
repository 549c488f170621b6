package io.statements.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used during a measurement, split into the service process, this load-generating process and
 * everything else on the machine (PostgreSQL and the kernel's share), to show where a request's cost goes.
 */
final class CpuMeter {

    /** Cumulative CPU nanoseconds at one instant. */
    record Snapshot(long service, long client, long machine) {
    }

    /** Accumulated CPU of several measured slices. */
    static final class Total {
        private long service;
        private long client;
        private long machine;

        void add(Snapshot before, Snapshot after) {
            service += after.service() - before.service();
            client += after.client() - before.client();
            machine += after.machine() - before.machine();
        }

        /** µs per request: service, client, rest of the machine (PostgreSQL, kernel), all. */
        String perRequest(long requests, boolean withService) {
            double s = service / 1e3 / requests;
            double c = client / 1e3 / requests;
            double all = machine / 1e3 / requests;
            return withService ? String.format("%6.0f | %6.0f | %6.0f | %6.0f", s, c, all - s - c, all)
                    : String.format("%6s | %6.0f | %6.0f | %6.0f", "", c, all - c, all);
        }
    }

    private final ProcessHandle service;
    private final long tickNanos = 10_000_000L; // USER_HZ = 100 on Linux

    CpuMeter(Process service) {
        this.service = service.toHandle();
    }

    Snapshot now() {
        return new Snapshot(cpu(service), cpu(ProcessHandle.current()), machineBusy());
    }

    private static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Busy time of all CPUs since boot, from /proc/stat (user, nice, system, irq, softirq, steal). */
    private long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            return busy * tickNanos;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
