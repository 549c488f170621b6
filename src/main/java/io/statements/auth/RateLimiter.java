package io.statements.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets (Bucket4j) per identity and budget, in this replica's memory: with n replicas behind a load
 * balancer a client may get up to n times the budget. Buckets of identities idle for two windows are dropped.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class RateLimiter {

    /** What one request learned about its budget: enough for the RateLimit headers and a Retry-After. */
    record Verdict(Budget budget, int quota, long remaining, long resetSeconds, boolean allowed, long retryAfterSeconds) {
    }

    /** Identity attribute naming whose budget a request spends, when it is not the principal's name. */
    static final String IDENTITY_ATTRIBUTE = "statements.rate-key";

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(config.window().multipliedBy(2)).build();
    }

    boolean enabled() {
        return config.enabled();
    }

    long windowSeconds() {
        return config.window().toSeconds();
    }

    Verdict spend(SecurityIdentity identity, String clientIp, Budget budget) {
        boolean anonymous = identity == null || identity.isAnonymous();
        int quota = anonymous ? (budget == Budget.READS ? config.anonymousReads() : 0) : quota(identity, budget);
        String owner = anonymous ? "ip:" + clientIp : owner(identity);
        Bucket bucket = buckets.get(owner + "|" + budget.policy + "|" + quota, k -> newBucket(Math.max(quota, 1)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Verdict(budget, quota, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed(), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private int quota(SecurityIdentity identity, Budget budget) {
        int base = switch (budget) {
            case READS -> config.reads();
            case WRITES -> config.writes();
            case BULK -> config.bulk();
        };
        int best = -1;
        for (String role : identity.getRoles()) {
            RateLimitConfig.RoleBudgets own = config.roles().get(role);
            if (own != null) {
                var value = switch (budget) {
                    case READS -> own.reads();
                    case WRITES -> own.writes();
                    case BULK -> own.bulk();
                };
                if (value.isPresent()) {
                    best = Math.max(best, value.get());
                }
            }
        }
        return best >= 0 ? best : base;
    }

    private static String owner(SecurityIdentity identity) {
        Object key = identity.getAttribute(IDENTITY_ATTRIBUTE);
        return key != null ? key.toString() : "user:" + identity.getPrincipal().getName();
    }

    private Bucket newBucket(int quota) {
        Duration window = config.window();
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(quota).refillGreedy(quota, window).build()).build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
