package io.statements.statement;

import io.statements.article.ArticleEntity;
import io.statements.common.AuditedEntity;
import io.statements.outlet.OutletEntity;
import io.statements.speaker.SpeakerEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "statement")
public class StatementEntity extends AuditedEntity {

    @Id
    public UUID id;

    public String text;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public SpeakerEntity speaker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    public String cue;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String via;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    @Column(name = "stance_target")
    public String stanceTarget;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> topics = new ArrayList<>();

    public String language;

    @Column(name = "stated_at")
    public Instant statedAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    /** Set by the linker in SQL (io.statements.utterance), never written through this mapping. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "utterance_id", insertable = false, updatable = false)
    public StatementUtterance utterance;
    /** The id an ingestion job gave the statement; unique per outlet (index statement_external_id_key). */
    @Column(name = "external_id")
    public String externalId;
}
