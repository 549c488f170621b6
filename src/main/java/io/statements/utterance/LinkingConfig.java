package io.statements.utterance;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** statements.linking.*: how statements are linked into utterances. */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.linking")
public interface LinkingConfig {

    /** Link statements as they are stored (off: each starts its own utterance; the re-link command links later). */
    @WithDefault("true")
    boolean enabled();

    /** Reports further apart than this (by when said, else reported, else stored) are never one utterance. */
    @WithDefault("P14D")
    Duration window();

    /** Share of the lighter report's weighted words that must align with the other report. */
    @WithDefault("0.8")
    double threshold();

    /**
     * Sentence-embedding similarity (cosine) from which two full reports of one speaker close in time are one
     * statement said in other words (paraphrase, reported speech, another translation); 0: off.
     */
    @WithDefault("0.8")
    double paraphraseSimilarity();

    /**
     * Bulk imports leave linking to the durable link queue ({@link LinkQueue}): a chunk stores each new statement
     * with an utterance of its own and a queue row, and the queue links them in batches shortly after (off: each
     * chunk links its statements before it commits, at about half the import's rate).
     */
    @WithDefault("true")
    boolean bulkQueue();

    /** The queue is linked once no statement has joined it for this long (an import running has it wait)... */
    @WithDefault("PT2S")
    Duration queueSettle();

    /** ...or once its oldest statement has waited this long, imports running or not. */
    @WithDefault("PT1M")
    Duration queueMaxDelay();

    /** Queued statements linked in one transaction. */
    @WithDefault("5000")
    int queueBatch();
}
