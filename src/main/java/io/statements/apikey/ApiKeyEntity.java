package io.statements.apikey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "api_key")
class ApiKeyEntity extends PanacheEntityBase {

    @Id
    UUID id;

    String name;

    /** SHA-256 of the secret, hex: the secret itself is never stored. */
    @Column(name = "key_hash")
    String keyHash;

    /** The first characters of the secret, so people can tell their keys apart. */
    @Column(name = "key_hint")
    String keyHint;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    List<String> roles;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;
}
