package io.statements.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.statements.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feeds the open Server-Sent Event streams. One scheduled job (quarkus-scheduler, on a worker thread, never two
 * runs at once) serves every stream: per tick it reads the newest position once, and only streams behind it query
 * their next changes, so idle streams cost one query per tick in all, and none when no stream is open. A stream
 * receives its next batch only when the previous one has been written (no unbounded buffering).
 */
@ApplicationScoped
class ChangeStreams {

    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);
    private static final int BATCH = 100;

    private final ChangeFeed feed;
    private final ObjectMapper mapper;
    private final Duration heartbeat;
    private final int maxStreams;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

    ChangeStreams(ChangeFeed feed, ObjectMapper mapper, ChangeStreamConfig config) {
        this.feed = feed;
        this.mapper = mapper;
        this.heartbeat = config.heartbeat();
        this.maxStreams = config.maxStreams();
    }

    void stop(@Observes ShutdownEvent event) {
        streams.forEach(s -> s.sink.close());
        streams.clear();
    }

    void open(SseEventSink sink, Sse sse, long afterSeq) {
        if (streams.size() >= maxStreams) {
            throw new ApiException(503, "/problems/too-many-streams", "Service Unavailable",
                    "All " + maxStreams + " change streams are in use; poll GET /changes or retry later", null);
        }
        Stream stream = new Stream(sink, sse, afterSeq);
        streams.add(stream);
        // tell the client at once that the stream is open, before the first change arrives
        stream.send(List.of(sse.newEventBuilder().comment("connected").build()));
    }

    @Scheduled(identity = "change-streams", every = "${statements.changes.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            streams.removeIf(s -> s.sink.isClosed());
            if (streams.isEmpty()) {
                return;
            }
            long last = feed.lastSeq();
            long now = System.nanoTime();
            for (Stream s : streams) {
                if (s.busy) {
                    continue;
                }
                if (s.seq < last) {
                    List<ChangeEvent> events = feed.after(s.seq, BATCH);
                    if (!events.isEmpty()) {
                        s.seq = events.get(events.size() - 1).seq();
                        s.send(events.stream().map(e -> toSse(s.sse, e)).toList());
                        continue;
                    }
                }
                if (now - s.lastSentNanos > heartbeat.toNanos()) {
                    s.send(List.of(s.sse.newEventBuilder().comment("keep-alive").build()));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Change stream poll failed; retrying on the next tick", e);
        }
    }

    private OutboundSseEvent toSse(Sse sse, ChangeEvent event) {
        try {
            return sse.newEventBuilder().id(event.cursor()).name("change")
                    .data(mapper.writeValueAsString(event)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Stream {
        final SseEventSink sink;
        final Sse sse;
        volatile long seq;
        volatile boolean busy;
        volatile long lastSentNanos = System.nanoTime();

        Stream(SseEventSink sink, Sse sse, long seq) {
            this.sink = sink;
            this.sse = sse;
            this.seq = seq;
        }

        void send(List<OutboundSseEvent> events) {
            busy = true;
            lastSentNanos = System.nanoTime();
            CompletionStage<?> chain = CompletableFuture.completedFuture(null);
            for (OutboundSseEvent event : events) {
                chain = chain.thenCompose(x -> sink.send(event));
            }
            chain.whenComplete((x, failure) -> {
                busy = false;
                if (failure != null) {
                    streams.remove(this);
                    sink.close();
                }
            });
        }
    }
}
