package io.statements.article.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** Where an extracted statement stands in its article (code point offsets); written by ArticleIngestService, read by ArticleViews. */
@Entity
@Table(name = "statement_evidence")
public class StatementEvidenceEntity extends PanacheEntityBase {

    @Id
    @Column(name = "statement_id")
    public UUID statementId;

    @Column(name = "article_id")
    public UUID articleId;

    /** Order in which the extractor returned it. */
    public int position;

    @Column(name = "content_start")
    public int contentStart;

    @Column(name = "content_end")
    public int contentEnd;

    @Column(name = "cue_start")
    public Integer cueStart;

    @Column(name = "cue_end")
    public Integer cueEnd;

    @Column(name = "cue_text")
    public String cueText;

    @Column(name = "mention_start")
    public Integer mentionStart;

    @Column(name = "mention_end")
    public Integer mentionEnd;

    @Column(name = "mention_text")
    public String mentionText;

    public double confidence;

    /** Segments as flattened start/end pairs (code points), in text order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "segments", columnDefinition = "integer[]")
    public int[] segments;
}
