package io.statements.subscription;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Gauges read from PostgreSQL (so every replica reports the same numbers): per subscription the changes of the
 * feed not yet delivered or skipped (statements.webhooks.lag), and subscriptions by status
 * (statements.webhooks.subscriptions, FAILING among them). Refreshed by the delivery poller.
 */
@ApplicationScoped
class WebhookMetrics {

    private static final long REFRESH_NANOS = 5_000_000_000L;

    private final EntityManager em;
    private final MultiGauge lag;
    private final MultiGauge byStatus;
    private volatile long refreshedAt;

    WebhookMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.lag = MultiGauge.builder("statements.webhooks.lag")
                .description("Changes of the feed not yet handled for a subscription").register(registry);
        this.byStatus = MultiGauge.builder("statements.webhooks.subscriptions")
                .description("Subscriptions by status").register(registry);
    }

    boolean due() {
        return System.nanoTime() - refreshedAt > REFRESH_NANOS;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    void refresh() {
        refreshedAt = System.nanoTime();
        List<Object[]> rows = em.createNativeQuery("""
                select s.id::text, s.status, greatest(0, c.last_seq - coalesce(least(s.position,
                    (select min(d.seq) - 1 from subscription_delivery d where d.subscription_id = s.id
                     and d.status = 'PENDING' and d.seq is not null)), s.position))
                from subscription s, change_counter c where c.id = 1""").getResultList();
        List<MultiGauge.Row<?>> lags = new ArrayList<>(rows.size());
        long[] counts = new long[SubscriptionStatus.values().length];
        for (Object[] r : rows) {
            lags.add(MultiGauge.Row.of(Tags.of("subscription", (String) r[0]), ((Number) r[2]).doubleValue()));
            counts[SubscriptionStatus.valueOf((String) r[1]).ordinal()]++;
        }
        List<MultiGauge.Row<?>> statuses = new ArrayList<>();
        for (SubscriptionStatus status : SubscriptionStatus.values()) {
            statuses.add(MultiGauge.Row.of(Tags.of("status", status.name()), counts[status.ordinal()]));
        }
        lag.register(lags, true);
        byStatus.register(statuses, true);
    }
}
