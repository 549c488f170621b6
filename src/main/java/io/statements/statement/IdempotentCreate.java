package io.statements.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * POST /statements: a duplicate (same natural key) answers 200 with the existing statement, and an
 * Idempotency-Key makes retries replay the first response. The key is locked, looked up, and its response stored
 * in the same transaction as the create, so a crash can never leave a created statement without its key or a key
 * without its statement; concurrent requests with one key are serialised by the lock.
 */
@ApplicationScoped
class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_ATTEMPTS = 3;

    private final StatementService statements;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Duration ttl;

    IdempotentCreate(StatementService statements, EntityManager em, ObjectMapper mapper, IdempotencyConfig config) {
        this.statements = statements;
        this.em = em;
        this.mapper = mapper;
        this.ttl = config.ttl();
    }

    /** What to answer: {@code body} is the statement, or the first response's JSON text when replayed. */
    public record Outcome(int status, UUID id, long version, Object body, boolean replayed) {
    }

    public Outcome create(StatementRequest request, String key) {
        String hash = key == null ? null : hash(checkKey(key), request);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> attempt(request, key, hash));
            } catch (RuntimeException e) {
                // lost a race on the natural key: the winner has committed, so the next attempt finds its row
                if (attempt >= MAX_ATTEMPTS || !UniqueViolations.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Outcome attempt(StatementRequest request, String key, String hash) throws JsonProcessingException {
        if (key != null) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('idempotency:' || :key, 0))")
                    .setParameter("key", key).getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> stored = em.createNativeQuery("select request_hash, status, response from idempotency_key"
                            + " where key = :key and created_at > :oldest")
                    .setParameter("key", key).setParameter("oldest", oldest()).getResultList();
            if (!stored.isEmpty()) {
                return replay(stored.get(0), hash);
            }
        }
        StatementCreation creation = statements.createOrFind(request);
        Outcome outcome = new Outcome(creation.created() ? 201 : 200, creation.statement().id(),
                creation.statement().version(), creation.statement(), false);
        if (key != null) {
            em.createNativeQuery("""
                            insert into idempotency_key (key, request_hash, status, response, created_at)
                            values (:key, :hash, :status, :response, :now)
                            on conflict (key) do update set request_hash = excluded.request_hash,
                                status = excluded.status, response = excluded.response, created_at = excluded.created_at""")
                    .setParameter("key", key).setParameter("hash", hash).setParameter("status", outcome.status())
                    .setParameter("response", mapper.writeValueAsString(creation.statement()))
                    .setParameter("now", Timestamp.from(Timestamps.now())).executeUpdate();
            // expired keys are purged a few at a time by the requests that use keys, no scheduler needed
            em.createNativeQuery("delete from idempotency_key where key in (select key from idempotency_key"
                    + " where created_at <= :oldest limit 20)").setParameter("oldest", oldest()).executeUpdate();
        }
        return outcome;
    }

    private Outcome replay(Object[] stored, String hash) throws JsonProcessingException {
        if (!hash.equals(stored[0])) {
            throw new ApiException(422, "/problems/idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was first used with a different request body; use a new key for a new request",
                    List.of(new FieldError(HEADER, "already used with another body")));
        }
        String json = (String) stored[2];
        JsonNode first = mapper.readTree(json);
        return new Outcome(((Number) stored[1]).intValue(), UUID.fromString(first.get("id").asText()),
                first.get("version").asLong(), json, true);
    }

    private Timestamp oldest() {
        return Timestamp.from(Timestamps.now().minus(ttl));
    }

    private static String checkKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalid(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    /** The request as parsed, re-serialised: bodies differing only in layout or key order count as the same. */
    private String hash(String key, StatementRequest request) {
        try {
            byte[] canonical = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request for key " + key, e);
        }
    }
}
