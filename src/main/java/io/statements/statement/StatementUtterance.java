package io.statements.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * The statement's view of its utterance, read-only: the utterance package links statements and keeps these
 * columns (this mapping lets a statement's representation carry them without a package cycle).
 */
@Entity
@Immutable
@Table(name = "utterance")
public class StatementUtterance {

    @Id
    public UUID id;

    public int reports;

    @Column(name = "first_reported_at")
    public Instant firstReportedAt;
}
