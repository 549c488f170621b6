package io.statements.outlet;

import io.statements.common.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "outlet")
public class OutletEntity extends AuditedEntity {

    @Id
    public UUID id;

    public String name;

    public String domain;

    public String country;

    public String language;
}
