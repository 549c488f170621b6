package io.statements.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.statements.common.Timestamps;
import io.statements.outlet.OutletEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    public String url;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    /** The submitted text, kept so stored offsets stay meaningful; null when only known from a reference. */
    @Basic(fetch = FetchType.LAZY)
    public String text;

    @Column(name = "extracted_at")
    public Instant extractedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @PrePersist
    void onCreate() {
        createdAt = Timestamps.now();
        createdBy = io.statements.common.CurrentActor.get();
        updatedBy = createdBy;
    }

    @jakarta.persistence.PreUpdate
    void onUpdate() {
        updatedBy = io.statements.common.CurrentActor.get();
    }
}
