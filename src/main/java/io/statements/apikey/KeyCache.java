package io.statements.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.statements.auth.AuthConfig;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Recently verified API keys by hash, so that a busy client's requests do not each cost a database transaction on a
 * worker thread (bench/auth measures the difference). An entry lives for statements.auth.key-cache-ttl (10 s by
 * default, 0 turns the cache off): its expiry is checked on every use; a revocation on this replica removes it once
 * committed, while other replicas stop accepting the key within the time to live. Reloading from the database at
 * least that often also keeps last_used_at current. Only known keys are kept: unknown ones always reach the database.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class KeyCache {

    /** A verified key: what its identity needs, and when it stops working. */
    record Known(UUID id, String name, Set<String> roles, Instant expiresAt) {
        boolean expiredAt(Instant now) {
            return expiresAt != null && !expiresAt.isAfter(now);
        }
    }

    /** Fired in the revoking transaction; the entry goes once the revocation is committed. */
    record Revoked(String keyHash) {
    }

    static final int MAX_KEYS = 10_000;

    private final Cache<String, Known> known;

    KeyCache(AuthConfig config) {
        Duration ttl = config.keyCacheTtl();
        this.known = ttl.isZero() || ttl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_KEYS).build();
    }

    /** The key verified recently under this hash, or null. */
    Known get(String keyHash) {
        return known == null ? null : known.getIfPresent(keyHash);
    }

    void put(String keyHash, Known key) {
        if (known != null) {
            known.put(keyHash, key);
        }
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Revoked revoked) {
        if (known != null) {
            known.invalidate(revoked.keyHash());
        }
    }
}
