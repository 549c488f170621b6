package io.statements.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.statements.common.CurrentActor;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Completes every identity: adds the roles its roles imply ({@link Roles#implied}), names token holders for the
 * audit trail, and, with anonymous reads on, lets the anonymous identity read.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class RoleAugmentor implements SecurityIdentityAugmentor {

    private final AuthConfig config;

    RoleAugmentor(AuthConfig config) {
        this.config = config;
        CurrentActor.nameIdentitiesWith(RoleAugmentor::actorOf);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            if (!config.anonymousRead()) {
                return Uni.createFrom().item(identity);
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER).build());
        }
        if (Boolean.TRUE.equals(identity.getAttribute(Roles.COMPLETE))) {
            return Uni.createFrom().item(identity); // built complete (API keys): nothing to work out per request
        }
        Set<String> roles = Roles.implied(identity.getRoles());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity).addRoles(roles);
        if (identity.getAttribute(CurrentActor.ATTRIBUTE) == null) {
            builder.addAttribute(CurrentActor.ATTRIBUTE, actorOf(identity));
        }
        if (identity.getAttribute(RateLimiter.IDENTITY_ATTRIBUTE) == null && identity.getPrincipal() instanceof JsonWebToken token) {
            builder.addAttribute(RateLimiter.IDENTITY_ATTRIBUTE, "sub:" + token.getSubject());
        }
        return Uni.createFrom().item(builder.build());
    }

    /** {@code user:<preferred_username> (<subject>)} for a token, {@code user:<subject>} without a username. */
    static String actorOf(SecurityIdentity identity) {
        Object named = identity.getAttribute(CurrentActor.ATTRIBUTE);
        if (named != null) {
            return named.toString();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String subject = token.getSubject() != null ? token.getSubject() : token.getName();
            String username = token.getClaim("preferred_username");
            return username != null && !username.equals(subject)
                    ? "user:" + username + " (" + subject + ")" : "user:" + subject;
        }
        return "user:" + identity.getPrincipal().getName();
    }
}
