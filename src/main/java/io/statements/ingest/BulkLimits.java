package io.statements.ingest;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of one POST /statements/bulk request (environment: STATEMENTS_BULK_MAX_BYTES, ...). */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.bulk")
public interface BulkLimits {

    /** Largest accepted body, in bytes; also the HTTP layer's ceiling (quarkus.http.limits.max-body-size). */
    @WithDefault("104857600")
    long maxBytes();

    /** Most lines in one body. */
    @WithDefault("200000")
    int maxLines();

    /** Longest single line, in bytes; a longer line is reported INVALID, the others still go in. */
    @WithDefault("131072")
    int maxLineBytes();

    /** Most lines written per transaction: a line is reported only after its transaction committed. */
    @WithDefault("2000")
    int chunkLines();

    /** Most body bytes per transaction, so that memory stays bounded whatever the line lengths. */
    @WithDefault("4194304")
    long chunkBytes();

    /**
     * Most distinct speakers (as named) per transaction. The linker locks a chunk's speakers one by one up to
     * 8 × max_locks_per_transaction (512 by default) and takes buckets of speakers exclusively beyond, which
     * concurrent chunks of other speakers share: a chunk over the bound made the others wait for its commit.
     */
    @WithDefault("500")
    int chunkSpeakers();

    /** Chunks written concurrently (each its own transaction and connection); results still come in line order. */
    @WithDefault("3")
    int writers();

    /**
     * Body bytes imported after which, once no import runs, the service collects its heap and trims its native heap,
     * returning the import's memory to the system (#16); 0 never does.
     */
    @WithDefault("16777216")
    long releaseMemoryAfter();
}
