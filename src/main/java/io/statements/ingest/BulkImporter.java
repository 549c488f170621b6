package io.statements.ingest;

import io.statements.common.ApiException;
import io.statements.common.CurrentActor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.statements.common.Problem;
import io.statements.ingest.BulkLineParser.Parsed;
import io.statements.ingest.BulkLineParser.Row;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Imports a spooled NDJSON body chunk by chunk: each chunk is one transaction, and its results are handed to the
 * sink only after it committed. Memory is bounded by the chunk size and the longest line, whatever the body size.
 */
@ApplicationScoped
class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    interface Sink {
        void accept(LineResult result) throws IOException;

        /** Called after each chunk, so results reach the client while the import goes on. */
        void flush() throws IOException;

        default void finish() throws IOException {
            flush();
        }
    }

    private final BulkLimits limits;
    private final BulkLineParser parser;
    private final BulkRows writer;
    /**
     * Chunk writers: a managed executor of its own, bounded by the JDBC pool (a writer holds a connection, so more
     * threads could only wait), so importing requests, which wait for their chunks on request worker threads, can
     * never starve the threads their chunks need. No context is propagated: each chunk starts its own transaction.
     */
    private final ManagedExecutor writers;

    BulkImporter(BulkLimits limits, BulkLineParser parser, BulkRows writer,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20") int connections) {
        this.limits = limits;
        this.parser = parser;
        this.writer = writer;
        this.writers = ManagedExecutor.builder().maxAsync(Math.max(1, connections)).maxQueued(-1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    /**
     * Parsing and writing overlap: the lines are read in rounds, and a round's lines are split by speaker into up to
     * {@code writers} chunks written concurrently, each in its own transaction, while the next round is parsed here.
     * Splitting by speaker keeps concurrent chunks off each other's speakers, whose locks the linker holds until
     * commit (consecutive lines by the same few thousand speakers made every chunk wait for the one before it).
     * Results go to the sink from this thread, in line order, each round's only after all its chunks committed.
     */
    void run(Path spool, Sink sink, boolean upsert) throws IOException {
        int parts = Math.max(1, limits.writers());
        Pipeline pipeline = new Pipeline(parts, sink, upsert);
        byte[] buffer = new byte[limits.maxLineBytes()];
        Round round = new Round(parts);
        try (InputStream in = Files.newInputStream(spool)) {
            NdjsonLines lines = new NdjsonLines(in);
            long line = 0;
            int length;
            while ((length = lines.next(buffer)) != NdjsonLines.EOF) {
                line++;
                if (length == NdjsonLines.TOO_LONG) {
                    round.invalid.put(line, LineResult.invalid(line, BulkLineParser.tooLong(limits.maxLineBytes())));
                } else if (!isBlank(buffer, length)) {
                    Parsed parsed = parser.parse(line, buffer, length);
                    if (parsed.row() != null) {
                        round.add(parsed.row(), length);
                    } else {
                        round.invalid.put(line, LineResult.invalid(line, parsed.problem()));
                    }
                }
                // a chunk holds at most chunk-lines lines and chunk-bytes bytes, a round at most writers chunks' worth:
                // memory stays bounded even for long lines or a single speaker's body
                if (round.full(limits.chunkLines(), limits.chunkBytes(), limits.chunkSpeakers())) {
                    pipeline.submit(round);
                    round = new Round(parts);
                }
            }
            pipeline.submit(round);
            pipeline.drain();
        } finally {
            pipeline.cancel();
        }
        sink.finish();
    }

    /** A round's rows by speaker partition, and its invalid lines. */
    private static final class Round {
        final List<List<Row>> parts = new ArrayList<>();
        final long[] bytes;
        /** Each chunk's speakers, keyed as {@link BulkPartition} keys them. */
        final List<java.util.Set<String>> speakers = new ArrayList<>();
        final TreeMap<Long, LineResult> invalid = new TreeMap<>();
        int rows;

        Round(int parts) {
            for (int i = 0; i < parts; i++) {
                this.parts.add(new ArrayList<>());
                this.speakers.add(new java.util.HashSet<>());
            }
            this.bytes = new long[parts];
        }

        /** The chunk of each external id in this round: its lines stay in one transaction, in line order. */
        private final java.util.Map<String, Integer> externalIds = new java.util.HashMap<>();

        void add(Row row, int length) {
            String speaker = BulkPartition.key(row.request().speaker());
            int bySpeaker = BulkPartition.of(speaker, parts.size());
            // a later line of one external id may name another speaker (an upsert): it follows the first one
            int part = row.externalId() == null ? bySpeaker : externalIds.computeIfAbsent(row.externalId(), k -> bySpeaker);
            parts.get(part).add(row);
            speakers.get(part).add(speaker);
            bytes[part] += length;
            rows++;
        }

        boolean full(int chunkLines, long chunkBytes, int chunkSpeakers) {
            if (rows + invalid.size() >= (long) chunkLines * parts.size()) {
                return true;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).size() >= chunkLines || bytes[i] >= chunkBytes
                        || speakers.get(i).size() >= chunkSpeakers) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The round in flight. Its chunk k uses reference cache k: a round is drained before the next one is submitted,
     * so no cache is used by two threads at once.
     */
    private final class Pipeline {
        private record InFlight(List<Future<List<LineResult>>> written, TreeMap<Long, LineResult> results) {
        }

        private final BulkRefs[] refs;
        private final Sink sink;
        private final boolean upsert;
        /** The writers run on their own threads, outside the request: they write as the request's actor. */
        private final String actor = CurrentActor.get();
        private InFlight inFlight;

        Pipeline(int writers, Sink sink, boolean upsert) {
            this.upsert = upsert;
            this.refs = new BulkRefs[Math.max(1, writers)];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = new BulkRefs();
            }
            this.sink = sink;
        }

        void submit(Round round) throws IOException {
            drain();
            List<Future<List<LineResult>>> written = new ArrayList<>();
            for (int k = 0; k < round.parts.size(); k++) {
                List<Row> rows = round.parts.get(k);
                BulkRefs cache = refs[k];
                if (!rows.isEmpty()) {
                    written.add(writers.submit(() -> CurrentActor.callAs(actor, () -> write(rows, cache, upsert))));
                }
            }
            inFlight = new InFlight(written, round.invalid);
        }

        void drain() throws IOException {
            if (inFlight == null) {
                return;
            }
            InFlight round = inFlight;
            try {
                for (Future<List<LineResult>> chunk : round.written()) {
                    for (LineResult result : chunk.get()) {
                        round.results().put(result.line(), result);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while importing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("bulk chunk failed", e.getCause());
            }
            inFlight = null;
            for (LineResult result : round.results().values()) {
                sink.accept(result);
            }
            sink.flush();
        }

        void cancel() {
            if (inFlight != null) {
                inFlight.written().forEach(f -> f.cancel(false));
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        writers.shutdown();
    }

    /**
     * A chunk that fails as a whole (deadlock with a concurrent batch, a speaker merged away meanwhile) is retried
     * with fresh references; if it fails again, its lines go one by one so that one bad line cannot sink the others.
     */
    private List<LineResult> write(List<Row> rows, BulkRefs refs, boolean upsert) {
        if (rows.isEmpty()) {
            return List.of();
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> writer.write(rows, refs, upsert));
            } catch (RuntimeException e) {
                LOG.debugf(e, "Bulk chunk of %d lines failed (attempt %d)", rows.size(), attempt);
                refs.forget();
            }
        }
        List<LineResult> results = new ArrayList<>(rows.size());
        for (Row row : rows) {
            try {
                results.addAll(QuarkusTransaction.requiringNew().call(() -> writer.write(List.of(row), refs, upsert)));
            } catch (ApiException e) {
                // an upsert whose new content is another statement's (409): the line is refused, not failed
                refs.forget();
                results.add(LineResult.invalid(row.line(), e.toProblem(BulkLineParser.INSTANCE)));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Bulk line %d failed", row.line());
                refs.forget();
                results.add(failed(row.line(), "the line could not be stored because of a server-side failure"));
            }
        }
        return results;
    }

    static LineResult failed(long line, String detail) {
        return new LineResult(line, LineResult.Status.FAILED, null,
                new Problem("/problems/line-failed", "Line not stored", 500, detail, BulkLineParser.INSTANCE, null));
    }

    private static boolean isBlank(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t' && buffer[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
