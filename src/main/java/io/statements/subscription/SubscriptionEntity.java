package io.statements.subscription;

import io.statements.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.UUID;

/**
 * Only the columns an API call changed are written (dynamic update): the delivery worker moves the feed position
 * and its lease with its own statements meanwhile, and those columns are never written from here after insert.
 */
@Entity
@Table(name = "subscription")
@DynamicUpdate
class SubscriptionEntity extends AuditedEntity {

    @Id
    UUID id;

    String owner;

    String name;

    String url;

    /** JSON object of filter parameter name to array of values. */
    String filter;

    /** Comma-separated event types. */
    String events;

    String secret;

    @Column(name = "previous_secret")
    String previousSecret;

    @Column(name = "previous_secret_until")
    Instant previousSecretUntil;

    @Enumerated(EnumType.STRING)
    SubscriptionStatus status;

    @Column(name = "failing_since")
    Instant failingSince;

    @Column(name = "failure_reason")
    String failureReason;

    /** Outlets an utterance needs before utterance.reported goes out; null without that event. */
    @Column(name = "min_reports")
    Integer minReports;

    @Column(updatable = false)
    long position;

    @Column(name = "next_run_at", updatable = false)
    Instant nextRunAt;
}
