package io.statements.subscription;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers queued events, one subscription per worker thread at a time. A subscription is served only under a
 * lease taken in PostgreSQL (FOR UPDATE SKIP LOCKED), so replicas never deliver to the same subscription at
 * once; its events go out one after another in feed order, and a failing event holds back the later ones until
 * it is delivered or the subscription is marked failing. Runs beside the write path: writes only append to the
 * change feed, whatever the receivers do.
 */
@ApplicationScoped
class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryLog log;
    private final EventMatcher matcher;
    private final Delivery delivery;
    private final WebhookConfig config;
    private final WebhookMetrics metrics;
    private final String replica = UUID.randomUUID().toString();
    private final AtomicInteger busy = new AtomicInteger();
    private ScheduledExecutorService ticker;
    private ExecutorService workers;
    private volatile boolean stopping;

    DeliveryWorker(DeliveryLog log, EventMatcher matcher, Delivery delivery, WebhookConfig config,
                   WebhookMetrics metrics) {
        this.log = log;
        this.metrics = metrics;
        this.matcher = matcher;
        this.delivery = delivery;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.deliveryEnabled()) {
            return;
        }
        workers = Executors.newFixedThreadPool(config.workers(), daemon("webhook-delivery"));
        ticker = Executors.newSingleThreadScheduledExecutor(daemon("webhook-poller"));
        ticker.scheduleWithFixedDelay(this::tick, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(config.requestTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
            log.releaseAll(replica);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("Could not release webhook leases at shutdown; they expire on their own", e);
        }
    }

    private void tick() {
        try {
            if (metrics.due()) {
                metrics.refresh();
            }
            int free = config.workers() - busy.get();
            if (free <= 0 || stopping) {
                return;
            }
            List<UUID> claimed = log.claim(replica, free, config.lease());
            for (UUID subscription : claimed) {
                busy.incrementAndGet();
                workers.execute(() -> {
                    try {
                        serve(subscription);
                    } catch (RuntimeException e) {
                        LOG.warn("Webhook delivery round failed; the subscription is retried after its lease", e);
                    } finally {
                        busy.decrementAndGet();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook poll failed; retrying on the next tick", e);
        }
    }

    /** Works on one leased subscription for at most half the lease, then lets it go. */
    private void serve(UUID subscription) {
        long deadline = System.nanoTime() + config.lease().toNanos() / 2;
        Instant nextRun = Timestamps.now();
        while (!stopping && System.nanoTime() < deadline) {
            DeliveryLog.Work work = log.work(subscription, replica);
            if (work == null) {
                return; // deleted, paused or taken over meanwhile
            }
            DeliveryLog.Pending head = work.head();
            if (head != null) {
                if (head.nextAttemptAt() != null && head.nextAttemptAt().isAfter(Timestamps.now())) {
                    nextRun = head.nextAttemptAt();
                    break;
                }
                Instant retryAt = attempt(work, head);
                if (retryAt != null) {
                    nextRun = retryAt;
                    break;
                }
                continue;
            }
            EventMatcher.Batch batch = matcher.next(work);
            if (batch.to() == work.position()) {
                break;
            }
            if (!log.enqueue(subscription, replica, work.position(), batch.to(), batch.events())) {
                return;
            }
        }
        log.release(subscription, replica, nextRun);
    }

    /** One attempt at the head event; the time of the next attempt when it must be retried, else null. */
    private Instant attempt(DeliveryLog.Work work, DeliveryLog.Pending head) {
        WebhookSender.Outcome outcome = delivery.send(work.url(), head.id().toString(), head.payload(), work.secret(),
                work.previousSecret());
        if (outcome.kind() != WebhookSender.Kind.RETRY) {
            log.recordAttempt(head.id(), outcome.kind() == WebhookSender.Kind.DELIVERED ? "DELIVERED" : "FAILED",
                    outcome, null);
            log.clearFailure(work.id());
            return null;
        }
        Instant now = Timestamps.now();
        Instant first = head.firstAttemptAt() == null ? now : head.firstAttemptAt();
        Instant next = now.plus(backoff(head, outcome));
        log.recordAttempt(head.id(), "PENDING", outcome, next);
        if (!next.isBefore(first.plus(config.retryFor()))) {
            log.markFailing(work.id(), outcome.error() + "; retried since " + first + ", giving up until re-enabled");
            delivery.gaveUp();
        } else {
            log.noteFailure(work.id(), outcome.error());
        }
        return next;
    }

    /** Exponential from the initial backoff, with jitter over its upper half; Retry-After wins when longer. */
    private Duration backoff(DeliveryLog.Pending head, WebhookSender.Outcome outcome) {
        long base = config.initialBackoff().toMillis() << Math.min(20, head.attempts());
        long capped = Math.min(base, config.maxBackoff().toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        Duration delay = Duration.ofMillis(Math.max(1, jittered));
        if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(delay) > 0) {
            delay = outcome.retryAfter().compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : outcome.retryAfter();
        }
        return delay;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
