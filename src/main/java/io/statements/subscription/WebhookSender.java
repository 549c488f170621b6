package io.statements.subscription;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one signed webhook and classifies the answer. The connection goes to the address {@link WebhookUrls}
 * checked (pinned), redirects are not followed, and at most 64 KiB of the answer is read.
 */
@ApplicationScoped
class WebhookSender {

    static final int MAX_RESPONSE_BYTES = 64 * 1024;
    static final String USER_AGENT = "Statements-Webhooks/1.0";

    /** DELIVERED: 2xx. RETRY: timeout, network error, 408, 429 or 5xx. REJECTED: any other answer (not retried). */
    enum Kind { DELIVERED, RETRY, REJECTED }

    record Outcome(Kind kind, Integer status, long latencyMillis, String error, Duration retryAfter) {
    }

    private final HttpClient client;
    private final Vertx vertx;
    private final long totalTimeoutMillis;

    WebhookSender(Vertx vertx, WebhookConfig config) {
        this.vertx = vertx;
        this.totalTimeoutMillis = config.requestTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(32)
                .setKeepAliveTimeout(30));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    Outcome send(WebhookUrls.Target target, String id, String body, String secret, String previousSecret) {
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", USER_AGENT)
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSigner.header(id, timestamp, body, secret, previousSecret));
        long start = System.nanoTime();
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        CompletableFuture<HttpClientRequest> sent = new CompletableFuture<>();
        long timer = vertx.setTimer(totalTimeoutMillis, t -> {
            if (result.complete(outcome(Kind.RETRY, null, start, "timed out after " + totalTimeoutMillis + " ms", null))) {
                sent.thenAccept(request -> request.reset());
            }
        });
        client.request(options).onSuccess(request -> {
            sent.complete(request);
            request.send(Buffer.buffer(body))
                    .onSuccess(response -> read(response, request, start, result))
                    .onFailure(e -> result.complete(outcome(Kind.RETRY, null, start, describe(e), null)));
        }).onFailure(e -> result.complete(outcome(Kind.RETRY, null, start, describe(e), null)));
        try {
            return result.get(totalTimeoutMillis + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(Kind.RETRY, null, start, "interrupted (service stopping)", null);
        } catch (ExecutionException | TimeoutException e) {
            return outcome(Kind.RETRY, null, start, "timed out after " + totalTimeoutMillis + " ms", null);
        } finally {
            vertx.cancelTimer(timer);
        }
    }

    /** Reads (and discards) up to 64 KiB of the answer, then classifies it by status. */
    private void read(HttpClientResponse response, HttpClientRequest request, long start,
                      CompletableFuture<Outcome> result) {
        int status = response.statusCode();
        Duration retryAfter = retryAfter(response.getHeader("retry-after"));
        long[] read = {0};
        response.handler(chunk -> {
            read[0] += chunk.length();
            if (read[0] > MAX_RESPONSE_BYTES) {
                // enough: the status decides, and a receiver cannot make us read an endless body
                result.complete(classify(status, start, retryAfter));
                request.reset();
            }
        });
        response.exceptionHandler(e -> result.complete(classify(status, start, retryAfter)));
        response.endHandler(v -> result.complete(classify(status, start, retryAfter)));
    }

    private static Outcome classify(int status, long start, Duration retryAfter) {
        if (status >= 200 && status < 300) {
            return outcome(Kind.DELIVERED, status, start, null, null);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return outcome(Kind.RETRY, status, start, "receiver answered " + status, retryAfter);
        }
        if (status >= 300 && status < 400) {
            return outcome(Kind.REJECTED, status, start, "receiver answered a redirect (" + status
                    + "); redirects are not followed: subscribe the final URL", null);
        }
        return outcome(Kind.REJECTED, status, start, "receiver refused the event with " + status, null);
    }

    private static Outcome outcome(Kind kind, Integer status, long start, String error, Duration retryAfter) {
        return new Outcome(kind, status, (System.nanoTime() - start) / 1_000_000, error, retryAfter);
    }

    /** Seconds or an HTTP date; absent, malformed or past: null. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? null : until;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "network error" : e.getMessage();
        return "could not deliver: " + (message.length() > 300 ? message.substring(0, 300) : message);
    }
}
