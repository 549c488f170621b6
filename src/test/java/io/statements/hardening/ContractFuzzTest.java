package io.statements.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.statements.support.Contract;
import io.statements.support.Fixtures;
import io.statements.support.RawHttp;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract-driven fuzz: thousands of malformed requests generated from {@code openapi/openapi.yaml}
 * ({@link ContractFuzzer}) against the running service and PostgreSQL. Not one may answer 5xx; every error is
 * application/problem+json with a status matching the HTTP one and an absolute type, and no answer names a Java
 * class or shows a stack trace. Seed ({@code -Dfuzz.seed}) and time budget ({@code -Dfuzz.seconds}) are settable.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
    /** After this, the run stops once it has sent {@link #MIN_REQUESTS}; it never runs longer than the hard limit. */
    private static final long BUDGET_SECONDS = Long.getLong("fuzz.seconds", 60);
    private static final long HARD_LIMIT_SECONDS = 300;
    private static final int MIN_REQUESTS = 2_000;
    /** Requests drawn from the generated ones, evenly across operations. */
    private static final int SAMPLE = Integer.getInteger("fuzz.requests", 3_000);
    private static final int THREADS = 8;
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "io.statements.", "java.lang", "java.time",
            "org.hibernate", "com.fasterxml", "org.postgresql", "PSQL", "io.vertx", "jakarta.", "SQLState");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noMalformedRequestGetsA5xxOrLeaksInternals() throws Exception {
        Map<String, String> ids = seed();
        List<ContractFuzzer.Case> cases = new ContractFuzzer(Contract.committed(), template -> {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                if (template.startsWith(id.getKey() + "/{")) {
                    return id.getValue();
                }
            }
            return null;
        }, new Random(SEED)).generate();
        int generated = cases.size();
        cases = sample(cases, SAMPLE, new Random(SEED));

        long budget = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        long hardLimit = System.nanoTime() + TimeUnit.SECONDS.toNanos(HARD_LIMIT_SECONDS);
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<ContractFuzzer.Case> queue = new ConcurrentLinkedQueue<>(cases);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                for (ContractFuzzer.Case c; inTime(budget, hardLimit, sent.get()) && (c = queue.poll()) != null; ) {
                    try {
                        RawHttp.Answer answer = send(c);
                        sent.incrementAndGet();
                        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                        String problem = judge(c, answer);
                        if (problem != null && failures.size() < 1000) {
                            failures.add(problem);
                        }
                    } catch (RuntimeException e) {
                        failures.add(c.label() + " " + c.method() + " " + abbreviate(c.target()) + ": " + e);
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(HARD_LIMIT_SECONDS + 120, TimeUnit.SECONDS), "fuzz threads finished");
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        System.out.printf("[contract-fuzz] sent %d malformed requests (%d generated, seed %d) across %d operations; "
                + "statuses %s; %d failures%n", sent.get(), generated, SEED, operations(cases), counts, failures.size());
        failures.stream().sorted().limit(60).forEach(f -> System.out.println("[contract-fuzz] FAIL " + f));
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.stream().limit(10).toList());
        assertTrue(sent.get() >= MIN_REQUESTS, "only " + sent.get() + " requests sent within the budget");
    }

    private static boolean isUri(String target) {
        try {
            new java.net.URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean inTime(long budget, long hardLimit, int sent) {
        long now = System.nanoTime();
        return now < hardLimit && (now < budget || sent < MIN_REQUESTS);
    }

    /** Up to {@code size} cases, taken round-robin from each operation's shuffled cases, so every one is fuzzed. */
    static List<ContractFuzzer.Case> sample(List<ContractFuzzer.Case> cases, int size, Random random) {
        Map<String, List<ContractFuzzer.Case>> byOperation = new TreeMap<>();
        for (ContractFuzzer.Case c : cases) {
            byOperation.computeIfAbsent(c.label().replaceFirst(" \\[.*$", ""), k -> new ArrayList<>()).add(c);
        }
        byOperation.values().forEach(list -> Collections.shuffle(list, random));
        List<ContractFuzzer.Case> picked = new ArrayList<>();
        for (int i = 0; picked.size() < size; i++) {
            boolean any = false;
            for (List<ContractFuzzer.Case> list : byOperation.values()) {
                if (i < list.size() && picked.size() < size) {
                    picked.add(list.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        Collections.shuffle(picked, random);
        return picked;
    }

    private static long operations(List<ContractFuzzer.Case> cases) {
        return cases.stream().map(c -> c.label().replaceFirst(" \\[.*$", "")).distinct().count();
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(ContractFuzzer.Case c, RawHttp.Answer answer) {
        String what = c.label() + " " + c.method() + " " + abbreviate(c.target()) + " -> " + answer.status() + " "
                + abbreviate(answer.body());
        for (String leak : LEAKS) {
            if (answer.status() >= 400 && answer.body().contains(leak)) {
                return what + " (leaks '" + leak + "')";
            }
        }
        if (answer.status() >= 500) {
            return what;
        }
        if ("RAW".equals(c.method())) {
            return null; // unparseable HTTP: any answer below 500, or none, is acceptable
        }
        if (answer.status() == 0) {
            return c.stream() ? null : what + " (no answer)";
        }
        if (answer.status() == 400 && answer.body().isEmpty() && !isUri(c.target())) {
            return null; // not an RFC 3986 URI: the HTTP layer refuses it before any service code runs
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return what + " (content type " + answer.contentType() + ")";
            }
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (problem.path("status").asInt() != answer.status() || problem.path("title").asText().isEmpty()
                        || !(problem.path("type").asText().startsWith("http") || problem.path("type").asText().equals("about:blank"))) {
                    return what + " (not a complete problem)";
                }
            } catch (java.io.IOException e) {
                return what + " (problem body is not JSON)";
            }
        }
        return null;
    }

    private static RawHttp.Answer send(ContractFuzzer.Case c) {
        if ("RAW".equals(c.method())) {
            return RawHttp.exchange((c.target() + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8), 10_000);
        }
        StringBuilder head = new StringBuilder(c.method()).append(' ').append(c.target()).append(" HTTP/1.1");
        for (String h : c.headers()) {
            head.append("\r\n").append(h);
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        request.writeBytes(("\r\nHost: localhost:" + RawHttp.port() + "\r\nConnection: close").getBytes(StandardCharsets.UTF_8));
        if (c.headers().stream().noneMatch(h -> h.regionMatches(true, 0, "Authorization:", 0, 14))) {
            // signed in as the test admin, as every other test client: malformed input must reach past the
            // authentication it would otherwise stop at (401) into parameter, header and body handling
            request.writeBytes(("\r\nAuthorization: Bearer " + TestCredentials.ADMIN_KEY).getBytes(StandardCharsets.UTF_8));
        }
        if (c.body() != null) {
            request.writeBytes(("\r\nContent-Length: " + c.body().length).getBytes(StandardCharsets.UTF_8));
        }
        request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        if (c.body() != null) {
            request.writeBytes(c.body());
        }
        return RawHttp.exchange(request.toByteArray(), c.stream() ? 3_000 : 60_000);
    }

    /** Real rows for the operations that take an id, so mutations reach past the lookup. */
    private static Map<String, String> seed() {
        String domain = Fixtures.domain();
        String body = Fixtures.statement("Fuzz seed words.", Fixtures.unique("Fuzz Seed"), domain)
                .replaceFirst("}\\s*$", ", \"article\": {\"url\": \"https://" + domain + "/seed\", \"title\": \"Seed\"}}");
        var created = given().contentType(ContentType.JSON).body(body).post("/statements").then().statusCode(201).extract();
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        ids.put("/statements", created.path("id"));
        ids.put("/speakers", created.path("speaker.id"));
        ids.put("/outlets", created.path("outlet.id"));
        ids.put("/articles", created.path("article.id"));
        ids.put("/problems", "validation");
        ids.values().removeIf(java.util.Objects::isNull);
        return ids;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("[\\r\\n]", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
