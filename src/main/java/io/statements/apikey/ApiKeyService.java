package io.statements.apikey;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.statements.auth.AuthConfig;
import io.statements.auth.CredentialsRejected;
import io.statements.auth.Roles;
import io.statements.common.ApiException;
import io.statements.common.CurrentActor;
import io.statements.common.Ids;
import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, lists and revokes API keys, and turns a presented secret into an identity. */
@ApplicationScoped
public class ApiKeyService {

    /** Identity attribute naming the rate-limit budget owner: the key, not its name (names need not be unique). */
    static final String RATE_KEY = "statements.rate-key"; // read by io.statements.auth.RateLimiter
    static final String BOOTSTRAP_NAME = "bootstrap-admin";
    static final int MAX_LISTED = 1000;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final EntityManager em;
    private final Optional<String> bootstrapHash;
    private final SecurityIdentity bootstrapIdentity = identity(BOOTSTRAP_NAME, "bootstrap", Set.of(Roles.ADMIN));
    private final KeyCache cache;
    private final Event<KeyCache.Revoked> revocations;

    ApiKeyService(EntityManager em, AuthConfig config, KeyCache cache, Event<KeyCache.Revoked> revocations) {
        this.em = em;
        this.cache = cache;
        this.revocations = revocations;
        this.bootstrapHash = config.bootstrapAdminKey().filter(k -> !k.isBlank()).map(String::strip).map(Secrets::hash);
    }

    @Transactional
    ApiKeyCreated create(ApiKeyRequest request) {
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Timestamps.now())) {
            throw ApiException.invalid("expires_at", "must be in the future");
        }
        return store(request.name(), request.roles(), request.expiresAt());
    }

    @Transactional
    ApiKeyCreated store(String name, List<String> roles, Instant expiresAt) {
        String secret = Secrets.generate();
        ApiKeyEntity key = new ApiKeyEntity();
        key.id = Ids.newId();
        key.name = name;
        key.keyHash = Secrets.hash(secret);
        key.keyHint = Secrets.hint(secret);
        key.roles = roles.stream().distinct().sorted().toList();
        key.createdAt = Timestamps.now();
        key.createdBy = CurrentActor.get();
        key.expiresAt = expiresAt;
        key.persist();
        return new ApiKeyCreated(key.id, key.name, secret, key.keyHint, key.roles, key.createdAt, key.createdBy,
                key.expiresAt);
    }

    @Transactional
    List<ApiKeyView> list() {
        return em.createQuery("from ApiKeyEntity order by createdAt desc, id desc", ApiKeyEntity.class)
                .setMaxResults(MAX_LISTED).getResultStream().map(ApiKeyView::of).toList();
    }

    /**
     * Revokes at once on this replica (the cached verification is dropped on commit); other replicas refuse the key
     * within statements.auth.key-cache-ttl.
     */
    @Transactional
    void revoke(UUID id) {
        ApiKeyEntity key = em.find(ApiKeyEntity.class, id);
        if (key == null) {
            throw ApiException.notFound("API key", id);
        }
        if (key.revokedAt == null) {
            key.revokedAt = Timestamps.now();
        }
        revocations.fire(new KeyCache.Revoked(key.keyHash));
    }

    @Transactional
    boolean anyActive() {
        return !em.createQuery("select k.id from ApiKeyEntity k where k.revokedAt is null"
                        + " and (k.expiresAt is null or k.expiresAt > :now)", UUID.class)
                .setParameter("now", Timestamps.now()).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The identity of a presented secret when it needs no database: the bootstrap key, or a key verified within
     * the cache's time to live; null when the database must be asked ({@link #authenticate(String)}).
     */
    SecurityIdentity recognise(String secret) {
        String hash = Secrets.hash(secret);
        if (bootstrapHash.isPresent() && Secrets.sameHash(bootstrapHash.get(), hash)) {
            return bootstrapIdentity;
        }
        KeyCache.Known known = cache.get(hash);
        if (known == null) {
            return null;
        }
        if (known.expiredAt(Timestamps.now())) {
            throw CredentialsRejected.because("The API key expired");
        }
        return identity(known.name(), known.id().toString(), known.roles());
    }

    /** The identity of a presented secret, or {@link CredentialsRejected}. */
    @Transactional
    SecurityIdentity authenticate(String secret) {
        String hash = Secrets.hash(secret);
        if (bootstrapHash.isPresent() && Secrets.sameHash(bootstrapHash.get(), hash)) {
            return bootstrapIdentity;
        }
        // Found by its hash: an attacker cannot steer the lookup towards a stored key, so the index search leaks
        // nothing about the secrets (the timing-safe comparison above covers the configured key).
        List<ApiKeyEntity> found = em.createQuery("from ApiKeyEntity where keyHash = :hash", ApiKeyEntity.class)
                .setParameter("hash", hash).getResultList();
        if (found.isEmpty()) {
            throw CredentialsRejected.because("Unknown API key");
        }
        ApiKeyEntity key = found.get(0);
        Instant now = Timestamps.now();
        if (key.revokedAt != null) {
            throw CredentialsRejected.because("The API key was revoked");
        }
        if (key.expiresAt != null && !key.expiresAt.isAfter(now)) {
            throw CredentialsRejected.because("The API key expired");
        }
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            key.lastUsedAt = now; // at most one write a minute per key, not one per request
        }
        cache.put(hash, new KeyCache.Known(key.id, key.name, Set.copyOf(key.roles), key.expiresAt));
        return identity(key.name, key.id.toString(), Set.copyOf(key.roles));
    }

    /**
     * Complete as built: the implied roles and the actor are already there, so the augmentor has nothing to add and
     * passes it through instead of copying it on every request.
     */
    private static SecurityIdentity identity(String name, String id, Set<String> roles) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Roles.implied(roles))
                .addAttribute(CurrentActor.ATTRIBUTE, "key:" + name)
                .addAttribute(RATE_KEY, "key:" + id)
                .addAttribute(Roles.COMPLETE, Boolean.TRUE)
                .build();
    }
}
