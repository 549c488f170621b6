package io.statements.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key secrets: {@code stmt_} followed by 43 URL-safe characters (256 random bits). The fixed prefix tells them
 * apart from JWTs (which start with {@code ey}) and lets secret scanners find leaked ones.
 */
final class Secrets {

    static final String PREFIX = "stmt_";
    /** Shortest acceptable configured (bootstrap) key: prefix plus 32 characters. */
    static final int MIN_LENGTH = PREFIX.length() + 32;
    static final int MAX_LENGTH = 200;
    private static final int HINT_LENGTH = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeKey(String credential) {
        return credential.startsWith(PREFIX) && credential.length() <= MAX_LENGTH;
    }

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Every request with a key hashes it: one digest per thread, reused, since looking SHA-256 up among the security
     * providers (MessageDigest.getInstance) cost more than hashing the key (#16).
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    });

    static String hash(String secret) {
        return HEX.formatHex(SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares two hashes in time independent of where they differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    static String hint(String secret) {
        return secret.substring(0, Math.min(HINT_LENGTH, secret.length()));
    }
}
