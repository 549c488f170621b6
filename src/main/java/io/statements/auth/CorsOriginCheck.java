package io.statements.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses to start with an allowed origin that no browser could ever send: a browser's Origin header is exactly
 * scheme://host[:port], so "https://app.example/" (trailing slash), a path, or a missing scheme would silently
 * block the frontend the operator meant to allow. Quarkus' CORS filter compares origins verbatim.
 * Injecting the mapping also registers the statements.cors namespace, so STATEMENTS_CORS_ORIGINS is accepted.
 */
@ApplicationScoped
class CorsOriginCheck {

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?|https?://\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    private final CorsConfig cors;

    CorsOriginCheck(CorsConfig cors) {
        this.cors = cors;
    }

    void check(@Observes StartupEvent start) {
        List<String> wrong = cors.origins().orElse(List.of()).stream().map(String::trim)
                .filter(origin -> !origin.isEmpty() && !ORIGIN.matcher(origin).matches()).toList();
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("STATEMENTS_CORS_ORIGINS (statements.cors.origins) holds values that are not "
                    + "browser origins (scheme://host[:port], no path or trailing slash): " + wrong);
        }
    }
}
