package io.statements.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/** Creation and update times plus the optimistic-lock version that is also the resource's ETag. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Timestamps.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Timestamps.now();
    }
}
