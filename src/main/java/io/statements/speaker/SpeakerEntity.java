package io.statements.speaker;

import io.statements.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "speaker")
public class SpeakerEntity extends AuditedEntity {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public SpeakerKind kind;

    public String title;

    public String affiliation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> aliases = new ArrayList<>();

    @Column(name = "wikidata_id")
    public String wikidataId;
}
