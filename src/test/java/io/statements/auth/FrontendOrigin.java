package io.statements.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A newsroom frontend's web server on loopback (a free port), serving one small page at every path. The service
 * allows its origin through the documented setting, statements.cors.origins (STATEMENTS_CORS_ORIGINS).
 * <p>
 * The pages must come from a real loopback server: Chromium's Local Network Access rules refuse a page whose
 * address space is unknown or public (a page fulfilled by Playwright's request interception) any call to loopback
 * ("Permission was denied for this request to access the `loopback` address space"), before CORS is even asked.
 * Reached as {@code http://localhost:<port>} it is the allowed origin; as {@code http://127.0.0.1:<port>} it is
 * another, not allowed, origin on the same loopback address space.
 */
public class FrontendOrigin implements QuarkusTestResourceLifecycleManager {

    static final String PAGE = "<!doctype html><html lang=en><title>desk</title><p>newsroom desk</p></html>";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the frontend's loopback server", e);
        }
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("statements.cors.origins", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
