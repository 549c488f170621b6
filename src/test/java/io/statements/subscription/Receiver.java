package io.statements.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A real webhook receiver on loopback: records every request and answers with scripted statuses (200 once the
 * script is used up). Verifies Standard Webhooks signatures the way receivers' libraries do.
 */
public final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One received request. */
    public record Request(String id, String timestamp, String signature, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** True when one of the space-separated v1 signatures is valid for the secret. */
        public boolean signedWith(String secret) {
            String expected = sign(secret, id, timestamp, body);
            for (String candidate : signature.split(" ")) {
                if (MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 200;
    private volatile Map<String, String> headers = Map.of();

    private Receiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            requests.add(new Request(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"), body));
            Integer scripted = script.poll();
            int status = scripted == null ? defaultStatus : scripted;
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static Receiver start() {
        return new Receiver(0);
    }

    /** A receiver on a given port (to bring one back where it was). */
    public static Receiver startOn(int port) {
        return new Receiver(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    /** The next answers, in order; afterwards the default status. */
    public Receiver answer(int... statuses) {
        for (int s : statuses) {
            script.add(s);
        }
        return this;
    }

    public Receiver answerByDefault(int status) {
        defaultStatus = status;
        return this;
    }

    public Receiver withHeaders(Map<String, String> responseHeaders) {
        headers = Map.copyOf(responseHeaders);
        return this;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Waits until {@code count} requests satisfy the predicate; fails after the timeout. */
    public List<Request> await(int count, Predicate<Request> which, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            List<Request> found = requests.stream().filter(which).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("expected " + count + " matching webhook requests within " + timeoutMillis
                        + " ms, got " + found.size() + " (of " + requests.size() + " received)");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public List<Request> await(int count, long timeoutMillis) {
        return await(count, r -> true, timeoutMillis);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static String sign(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
