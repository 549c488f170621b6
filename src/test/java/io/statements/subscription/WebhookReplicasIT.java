package io.statements.subscription;

import io.restassured.http.ContentType;
import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.statements.embedded.StrictPostgres;
import io.statements.support.Fixtures;
import io.statements.support.FreePorts;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two packaged services (target/quarkus-app, as deployed) on one PostgreSQL: every event reaches every
 * subscription exactly once, in feed order; then both stop while a receiver is down, one comes back, and the
 * receiver, back too, still gets every event in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookReplicasIT {

    private static StrictPostgres postgres;
    private static Service a;
    private static Service b;
    private static final List<Service> started = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        postgres = StrictPostgres.start(Files.createTempDirectory("webhook-replicas-pg"), DatabaseCredentials.generate(),
                0, Map.of("max_connections", "200"));
        a = Service.start("a");
        b = Service.start("b");
    }

    @AfterAll
    static void stopAll() throws IOException {
        started.forEach(Service::stop);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoReplicasDeliverEveryEventOnceInFeedOrder() throws Exception {
        List<Receiver> receivers = new ArrayList<>();
        List<String> subscriptions = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Receiver r = Receiver.start();
                receivers.add(r);
                subscriptions.add(subscribe(i % 2 == 0 ? a : b, r.url()));
            }
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                created.add(createStatement(i % 2 == 0 ? a : b, "Replica note " + i + " " + UUID.randomUUID()));
            }
            for (Receiver r : receivers) {
                r.await(created.size(), 120_000);
            }
            Thread.sleep(1500); // a duplicate would arrive within this
            for (Receiver r : receivers) {
                List<Receiver.Request> got = r.requests();
                assertEquals(created.size(), got.size(), "each event once");
                assertEquals(created.size(), got.stream().map(Receiver.Request::id).distinct().count());
                assertEquals(created, got.stream().map(q -> q.json().at("/data/statement_id").asText()).toList(),
                        "in feed order");
            }
        } finally {
            receivers.forEach(Receiver::close);
            subscriptions.forEach(id -> given().baseUri(a.baseUri()).delete("/subscriptions/{id}", id)
                    .then().statusCode(204));
        }
    }

    @Test
    @Order(2)
    void aReceiverDownDuringARestartGetsEveryEventAfterwardsInOrder() throws Exception {
        Receiver receiver = Receiver.start();
        int port = receiver.port();
        subscribe(a, receiver.url());
        receiver.close(); // down: connections are refused
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createStatement(i % 2 == 0 ? a : b, "Before restart " + i + " " + UUID.randomUUID()));
        }
        Thread.sleep(2000); // the services try, fail and schedule retries
        a.stop();
        b.stop();

        Service restarted = Service.start("c");
        try (Receiver back = Receiver.startOn(port)) {
            for (int i = 0; i < 2; i++) {
                created.add(createStatement(restarted, "After restart " + i + " " + UUID.randomUUID()));
            }
            back.await(created.size(), 120_000);
            List<String> firstSeen = new ArrayList<>(new LinkedHashSet<>(back.requests().stream()
                    .map(q -> q.json().at("/data/statement_id").asText()).toList()));
            assertEquals(created, firstSeen, "every event, in feed order");
        } finally {
            restarted.stop();
        }
    }

    /** Subscribed through the API of one replica, with the test admin key the services are started with. */
    private static String subscribe(Service service, String url) {
        return given().baseUri(service.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("name", "replicas", "events", List.of("statement.created"), "url", url))
                .post("/subscriptions").then().statusCode(201).extract().path("id");
    }

    private static String createStatement(Service service, String text) {
        return given().baseUri(service.baseUri()).contentType(ContentType.JSON)
                .body(Fixtures.statement(text, "Replica Speaker", "replicas.example"))
                .post("/statements").then().statusCode(201).extract().path("id");
    }

    /** One packaged service process. */
    private record Service(Process process, int port) {

        static Service start(String name) throws Exception {
            int port = FreePorts.next();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(),
                    "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(),
                    "-Dquarkus.datasource.username=" + PostgresAdmin.OWNER,
                    "-Dquarkus.datasource.password=" + postgres.credentials().ownerPassword(),
                    "-Dstatements.auth.bootstrap-admin-key=" + TestCredentials.ADMIN_KEY,
                    "-Dquarkus.shutdown.delay-enabled=false",
                    "-Dstatements.webhooks.allow-private-networks=true",
                    "-Dstatements.webhooks.allow-http=true",
                    "-Dstatements.webhooks.poll-interval=PT0.1S",
                    "-Dstatements.webhooks.initial-backoff=PT0.2S",
                    "-Dstatements.webhooks.max-backoff=PT1S",
                    "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "webhook-replica-" + name + ".log").toFile())
                    .start();
            Service service = new Service(process, port);
            started.add(service);
            service.awaitReady();
            return service;
        }

        String baseUri() {
            return "http://localhost:" + port;
        }

        void awaitReady() throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.currentTimeMillis() + 300_000;
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("service exited with " + process.exitValue()
                            + "; see target/webhook-replica-*.log");
                }
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("service not ready within 5 minutes");
        }

        void stop() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
