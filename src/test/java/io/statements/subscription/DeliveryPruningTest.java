package io.statements.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.statements.embedded.PostgresAdmin;
import io.statements.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.statements.subscription.SubscriptionDeliveryTest.createStatement;
import static io.statements.subscription.SubscriptionDeliveryTest.delete;
import static io.statements.subscription.SubscriptionDeliveryTest.subscribe;
import static io.statements.subscription.SubscriptionDeliveryTest.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The delivery history stays bounded: finished deliveries past the retention go, pending ones never do. */
@QuarkusTest
class DeliveryPruningTest {

    @Test
    void finishedDeliveriesPastTheRetentionDisappearFromTheHistory() throws Exception {
        String word = word();
        try (Receiver receiver = Receiver.start()) {
            SubscriptionDeliveryTest.Subscription sub = subscribe(receiver, Map.of("q", word), "statement.created");
            createStatement("An old remark on the " + word + " pipeline.");
            receiver.await(1, 10_000);
            SubscriptionDeliveryTest.awaitDelivery(sub, "DELIVERED", 1);
            createStatement("A fresh remark on the " + word + " pipeline.");
            receiver.await(2, 10_000);
            SubscriptionDeliveryTest.awaitDelivery(sub, "DELIVERED", 1);
            assertEquals(2, deliveries(sub));

            // the first delivery is made 31 days old (retention 30 days); the prune job runs every second in tests
            PostgresAdmin admin = PostgresTestResource.admin();
            try (Connection c = admin.owner(PostgresAdmin.DATABASE); PreparedStatement st = c.prepareStatement(
                    "update subscription_delivery set created_at = now() - interval '31 days' where id = "
                            + "(select id from subscription_delivery where subscription_id = ? order by id limit 1)")) {
                st.setObject(1, UUID.fromString(sub.id()));
                assertEquals(1, st.executeUpdate());
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (deliveries(sub) != 1) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("the old delivery was never pruned");
                }
                Thread.sleep(200);
            }
            given().get("/subscriptions/{id}/deliveries", sub.id()).then().statusCode(200)
                    .body("items[0].status", org.hamcrest.Matchers.equalTo("DELIVERED"));
            delete(sub);
        }
    }

    private static int deliveries(SubscriptionDeliveryTest.Subscription sub) {
        return given().get("/subscriptions/{id}/deliveries", sub.id()).then().statusCode(200)
                .extract().path("items.size()");
    }
}
