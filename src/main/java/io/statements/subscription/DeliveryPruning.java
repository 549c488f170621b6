package io.statements.subscription;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps the delivery history bounded: finished deliveries (DELIVERED, FAILED, pings) older than
 * statements.webhooks.delivery-retention are deleted in small batches, so one busy subscription cannot grow the
 * table without end. Pending deliveries are never pruned (they are the undelivered queue). Every replica may run
 * it; deleting what another replica already deleted is harmless.
 */
@ApplicationScoped
class DeliveryPruning {

    /** Rows per transaction: short locks, small WAL bursts. */
    static final int BATCH = 5_000;
    /** Batches per run; the rest waits for the next run. */
    static final int MAX_BATCHES = 20;
    private static final Logger LOG = Logger.getLogger(DeliveryPruning.class);

    private final EntityManager em;
    private final WebhookConfig config;

    DeliveryPruning(EntityManager em, WebhookConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(identity = "webhook-delivery-pruning", every = "${statements.webhooks.prune-interval}",
            delayed = "${statements.webhooks.prune-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int deleted = pruneBatch();
            total += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("Pruned %d webhook deliveries older than %s", total, config.deliveryRetention());
        }
    }

    @Transactional
    int pruneBatch() {
        return em.createNativeQuery("""
                        delete from subscription_delivery where id in (
                            select id from subscription_delivery where status <> 'PENDING'
                            and created_at < now() - make_interval(secs => :retention) limit :batch)""")
                .setParameter("retention", (double) config.deliveryRetention().toSeconds())
                .setParameter("batch", BATCH).executeUpdate();
    }
}
