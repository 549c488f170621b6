package io.statements.apikey;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.statements.auth.AuthConfig;
import io.statements.auth.Roles;
import io.statements.embedded.EmbeddedDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * Makes sure someone can get in. A configured bootstrap key must be well-formed; without it, OIDC or an active API
 * key suffices. With none of them, the embedded default (no datasource URL: a developer's or evaluator's machine)
 * creates an admin key and writes it to a file readable by its owner only, logging where (never the key); a
 * production start refuses, because a service nobody can authenticate to is a misconfiguration.
 */
@ApplicationScoped
class AccessBootstrap {

    static final String KEY_FILE = "admin-api-key";
    private static final Logger LOG = Logger.getLogger(AccessBootstrap.class);

    private final AuthConfig config;
    private final ApiKeyService keys;
    private final Optional<String> oidcServer;
    private final Optional<String> oidcPublicKey;
    private final boolean oidcEnabled;

    AccessBootstrap(AuthConfig config, ApiKeyService keys,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcServer,
                    @ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> oidcPublicKey,
                    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcEnabled) {
        this.config = config;
        this.keys = keys;
        this.oidcServer = oidcServer;
        this.oidcPublicKey = oidcPublicKey;
        this.oidcEnabled = oidcEnabled;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<String> bootstrap = config.bootstrapAdminKey().filter(k -> !k.isBlank()).map(String::strip);
        if (bootstrap.isPresent()) {
            if (!bootstrap.get().startsWith(Secrets.PREFIX) || bootstrap.get().length() < Secrets.MIN_LENGTH
                    || bootstrap.get().length() > Secrets.MAX_LENGTH) {
                throw new IllegalStateException("statements.auth.bootstrap-admin-key (STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY) must "
                        + "start with " + Secrets.PREFIX + " and have at least 32 more characters; generate one with: "
                        + "echo " + Secrets.PREFIX + "$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=')");
            }
            return;
        }
        if (oidcEnabled && (oidcServer.isPresent() || oidcPublicKey.isPresent())) {
            return;
        }
        if (keys.anyActive()) {
            return;
        }
        Optional<Path> dataDir = EmbeddedDatabase.dataDirectory();
        if (dataDir.isPresent()) {
            Path file = writeKey(dataDir.get(), keys.store(ApiKeyService.BOOTSTRAP_NAME + "-generated", List.of(Roles.ADMIN), null).key());
            LOG.infof("No credentials configured: created an admin API key and stored it in %s (readable by you only). "
                    + "Send it as: curl -H \"Authorization: Bearer $(cat %s)\" ...", file, file);
            return;
        }
        String message = "No way to authenticate: set QUARKUS_OIDC_AUTH_SERVER_URL (OIDC access tokens) or "
                + "STATEMENTS_AUTH_BOOTSTRAP_ADMIN_KEY (an admin API key), or create an API key first";
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException(message);
        }
        LOG.warn(message);
    }

    private static Path writeKey(Path dataDir, String key) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the generated admin API key in " + file, e);
        }
    }
}
