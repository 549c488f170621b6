package io.statements.subscription;

import io.statements.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Checks receiver URLs: at creation (a 400 naming {@code url}) and again before every delivery, after DNS
 * resolution, so that a name later pointed at an internal address is refused too. The delivery then connects to
 * the address checked here (pinned), not to a second resolution.
 */
@ApplicationScoped
class WebhookUrls {

    static final int MAX_LENGTH = 2048;

    private final WebhookConfig config;

    WebhookUrls(WebhookConfig config) {
        this.config = config;
    }

    /** Where a delivery connects: the URL and the checked address to use for it. */
    record Target(URI uri, String host, int port, boolean tls, InetAddress address) {
    }

    /** Refused before any connection: the reason is recorded on the delivery. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The syntax and the resolved addresses of a new or changed URL; a refusal is a 400 on {@code field}. */
    URI check(String url, String field) {
        try {
            return target(url).uri();
        } catch (Refused e) {
            throw ApiException.invalid(field, e.getMessage());
        }
    }

    Target target(String url) throws Refused {
        URI uri = parse(url);
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = AddressGuard.resolve(bare);
        } catch (UnknownHostException e) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (!config.allowPrivateNetworks()) {
            for (InetAddress address : addresses) {
                if (!AddressGuard.isPublic(address)) {
                    throw new Refused("host " + host + " resolves to a loopback, private, link-local or reserved "
                            + "address; webhooks are delivered to public addresses only");
                }
            }
        }
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        return new Target(uri, bare, port, tls, addresses.get(0));
    }

    private URI parse(String url) throws Refused {
        if (url == null || url.isBlank()) {
            throw new Refused("must not be blank");
        }
        if (url.length() > MAX_LENGTH) {
            throw new Refused("at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && config.allowHttp());
        if (!allowed) {
            throw new Refused(config.allowHttp() ? "must be an http:// or https:// URL" : "must be an https:// URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("must be an absolute URL with a host, without user info or fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new Refused("port out of range");
        }
        return uri.normalize();
    }
}
