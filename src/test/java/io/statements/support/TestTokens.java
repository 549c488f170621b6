package io.statements.support;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Access tokens as an OIDC provider (Keycloak) issues them, signed with a test key whose public half the test
 * profile trusts ({@link AuthTestResource}): roles in realm_access.roles, subject and preferred_username.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.statements.test/realms/newsroom";

    private TestTokens() {
    }

    public static String token(String username, List<String> roles) {
        return sign(ISSUER, username, roles, Instant.now().plus(Duration.ofMinutes(10)));
    }

    public static String expired(String username, List<String> roles) {
        return sign(ISSUER, username, roles, Instant.now().minus(Duration.ofMinutes(10)));
    }

    public static String fromOtherIssuer(String username, List<String> roles) {
        return sign("https://elsewhere.example/realms/other", username, roles, Instant.now().plus(Duration.ofMinutes(10)));
    }

    /** The subject claim of tokens for this user (stable, like a provider's user id). */
    public static String subject(String username) {
        return "sub-" + username;
    }

    public static String sign(String issuer, String username, List<String> roles, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject(username));
        claims.setClaim("preferred_username", username);
        claims.setClaim("realm_access", Map.of("roles", roles));
        claims.setIssuedAt(NumericDate.fromSeconds(expiresAt.minus(Duration.ofMinutes(20)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey());
        jws.setKeyIdHeaderValue("test");
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicKey() {
        return pemBody("/auth/test-signing-key.pub.pem");
    }

    private static PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pemBody("/auth/test-signing-key.pem"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pemBody(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
