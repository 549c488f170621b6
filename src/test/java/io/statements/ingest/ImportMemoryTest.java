package io.statements.ingest;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the service gives an import's memory back: only after enough bytes, only while no import runs, once. */
class ImportMemoryTest {

    private final AtomicInteger releases = new AtomicInteger();
    private final ImportMemory memory = new ImportMemory(1_000, releases::incrementAndGet);

    @Test
    void smallImportsAreLeftToTheCollector() {
        memory.started();
        memory.finished(400);
        memory.releaseWhenIdle();
        assertEquals(0, releases.get());
    }

    @Test
    void releasesOnceAfterImportsReachTheThresholdAndNoneRuns() {
        memory.started();
        memory.finished(600);
        memory.started();
        memory.started();
        memory.finished(600);
        memory.releaseWhenIdle(); // one import still running: its memory is in use
        assertEquals(0, releases.get());
        memory.finished(10);
        memory.releaseWhenIdle();
        memory.releaseWhenIdle();
        assertEquals(1, releases.get());
        memory.started();
        memory.finished(999);
        memory.releaseWhenIdle();
        assertEquals(1, releases.get(), "the count starts again after a release");
    }

    @Test
    void zeroTurnsItOff() {
        ImportMemory off = new ImportMemory(0, releases::incrementAndGet);
        off.started();
        off.finished(1L << 30);
        off.releaseWhenIdle();
        assertEquals(0, releases.get());
    }
}
