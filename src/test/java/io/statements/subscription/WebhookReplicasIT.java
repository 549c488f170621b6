package io.statements.subscription;

import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two packaged services (target/quarkus-app, as deployed) on one PostgreSQL: every event reaches every
 * subscription exactly once, in feed order, and a receiver that was down while the services restarted still
 * gets every event afterwards. Subscriptions are inserted directly: the packaged service has no test identities.
 */
class WebhookReplicasIT {

    private static EmbeddedPostgres postgres;
    private static final List<Service> services = new ArrayList<>();

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
    }

    @AfterAll
    static void stopAll() throws IOException {
        services.forEach(Service::stop);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoReplicasDeliverEveryEventOnceInFeedOrder() throws Exception {
        Service a = Service.start("a", postgres);
        Service b = Service.start("b", postgres);
        List<Receiver> receivers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Receiver r = Receiver.start();
                receivers.add(r);
                subscribe(r.url());
            }
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                created.add(createStatement(i % 2 == 0 ? a : b, "Replica note " + i + " " + UUID.randomUUID()));
            }
            for (Receiver r : receivers) {
                r.await(created.size(), 60_000);
            }
            Thread.sleep(1500); // a duplicate would arrive within this
            for (Receiver r : receivers) {
                List<Receiver.Request> got = r.requests();
                assertEquals(created.size(), got.size(), "each event once: " + got.size() + " requests");
                assertEquals(created.size(), got.stream().map(Receiver.Request::id).distinct().count());
                assertEquals(created, got.stream().map(q -> q.json().at("/data/statement_id").asText()).toList(),
                        "in feed order");
            }
        } finally {
            receivers.forEach(Receiver::close);
            a.stop();
            b.stop();
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().executeUpdate("delete from subscription");
            }
        }
    }

    @Test
    void aReceiverDownDuringARestartGetsEveryEventAfterwardsInOrder() throws Exception {
        Service a = Service.start("c", postgres);
        Receiver receiver = Receiver.start();
        int port = receiver.port();
        subscribe(receiver.url());
        receiver.close(); // down: connections are refused
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createStatement(a, "Before restart " + i + " " + UUID.randomUUID()));
        }
        Thread.sleep(2000); // the service tries, fails and schedules retries
        a.stop();

        Service restarted = Service.start("d", postgres);
        try (Receiver back = Receiver.startOn(port)) {
            for (int i = 0; i < 2; i++) {
                created.add(createStatement(restarted, "After restart " + i + " " + UUID.randomUUID()));
            }
            back.await(created.size(), 60_000);
            List<String> firstSeen = new ArrayList<>(new LinkedHashSet<>(back.requests().stream()
                    .map(q -> q.json().at("/data/statement_id").asText()).toList()));
            assertEquals(created, firstSeen, "every event, in feed order");
        } finally {
            restarted.stop();
        }
    }

    private static void subscribe(String url) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement st = c.prepareStatement("""
                     insert into subscription (id, owner, name, url, filter, events, secret, status, position,
                         next_run_at, created_at, updated_at, version)
                     values (?, 'it', 'replicas', ?, '{}', 'statement.created', ?, 'ACTIVE',
                         (select last_seq from change_counter where id = 1), now(), now(), now(), 0)""")) {
            st.setObject(1, UUID.randomUUID());
            st.setString(2, url);
            st.setString(3, WebhookSigner.newSecret());
            st.executeUpdate();
        }
    }

    private static String createStatement(Service service, String text) {
        return given().baseUri(service.baseUri()).contentType(ContentType.JSON)
                .body(Fixtures.statement(text, "Replica Speaker", "replicas.example"))
                .post("/statements").then().statusCode(201).extract().path("id");
    }

    /** One packaged service process. */
    private record Service(Process process, int port) {

        static Service start(String name, EmbeddedPostgres postgres) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "-Dquarkus.datasource.username=postgres",
                    "-Dquarkus.datasource.password=postgres",
                    "-Dquarkus.shutdown.delay-enabled=false",
                    "-Dstatements.webhooks.allow-private-networks=true",
                    "-Dstatements.webhooks.allow-http=true",
                    "-Dstatements.webhooks.poll-interval=PT0.1S",
                    "-Dstatements.webhooks.initial-backoff=PT0.2S",
                    "-Dstatements.webhooks.max-backoff=PT1S",
                    "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "webhook-replica-" + name + ".log").toFile())
                    .start();
            Service service = new Service(process, port);
            services.add(service);
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
                    throw new AssertionError("service exited with " + process.exitValue() + "; see target/webhook-replica-*.log");
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
