package io.statements.ingest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives the memory of large bulk imports back to the system once no import runs (#16). A 100 MB import grows the
 * heap by some 150 MB of garbage and leaves freed but still resident malloc memory; neither shrinks by itself while
 * the service idles (a collector shrinks the heap only after a full collection, and glibc returns freed memory only
 * at the top of its arenas), so a pod that imported once would keep its peak for good. After imports totalling
 * {@code statements.bulk.release-memory-after} bytes, the next check that finds none running collects the heap
 * fully (shrinking it to the configured free ratio) and trims the native heap (JDK 17.0.9+ on glibc; elsewhere the
 * trim is skipped). Full collections pause requests for a few hundred milliseconds at most, once per such import.
 */
@ApplicationScoped
class ImportMemory {

    private static final Logger LOG = Logger.getLogger(ImportMemory.class);

    private final long threshold;
    private final Runnable release;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong importedSinceRelease = new AtomicLong();

    @Inject
    ImportMemory(BulkLimits limits) {
        this(limits.releaseMemoryAfter(), ImportMemory::release);
    }

    ImportMemory(long threshold, Runnable release) {
        this.threshold = threshold;
        this.release = release;
    }

    void started() {
        running.incrementAndGet();
    }

    void finished(long bodyBytes) {
        importedSinceRelease.addAndGet(bodyBytes);
        running.decrementAndGet();
    }

    @Scheduled(identity = "bulk-import-memory", every = "5s", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseWhenIdle() {
        if (threshold > 0 && running.get() == 0 && importedSinceRelease.get() >= threshold) {
            long imported = importedSinceRelease.getAndSet(0);
            LOG.debugf("bulk imports of %,d bytes finished: releasing their memory", imported);
            release.run();
        }
    }

    private static void release() {
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory();
        collectUntilTheHeapStopsShrinking(runtime);
        String trimmed = trimNativeHeap();
        LOG.infof("memory released after bulk imports: heap %,d MB -> %,d MB committed; native heap %s",
                before >> 20, runtime.totalMemory() >> 20, trimmed);
    }

    /**
     * The serial collector shrinks its old generation in steps over consecutive full collections (none after the
     * first, 10 % after the second, 40 % after the third, all of the excess after the fourth: HotSpot's
     * ShrinkHeapInSteps, which the image does not turn off), so one System.gc() would give back nothing; G1 shrinks
     * at once and stops this after the second. Each collection of the idle service's ~40 MB of live heap takes tens
     * of milliseconds.
     */
    private static void collectUntilTheHeapStopsShrinking(Runtime runtime) {
        for (int i = 0; i < 4; i++) {
            long committed = runtime.totalMemory();
            System.gc();
            if (i >= 1 && runtime.totalMemory() >= committed) {
                return;
            }
        }
    }

    /** jcmd's System.trim_native_heap (malloc_trim), through the platform's DiagnosticCommand MBean. */
    private static String trimNativeHeap() {
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return String.valueOf(answer).strip().replaceAll("\\s+", " ");
        } catch (JMException | RuntimeException e) {
            return "not trimmed (" + e.getClass().getSimpleName() + ")";
        }
    }
}
