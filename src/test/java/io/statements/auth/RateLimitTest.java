package io.statements.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.statements.support.TestCredentials;
import io.statements.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budgets per identity and kind of request; exhausting one leaves other identities and budgets alone. */
@QuarkusTest
@TestProfile(PublicDeploymentProfile.class)
class RateLimitTest {

    @Test
    void aBurstPastTheReadBudgetGets429WithRetryAfterAndOtherIdentitiesAreUnaffected() {
        String reader = TestTokens.token("burst-reader", List.of(Roles.READER));
        for (int i = PublicDeploymentProfile.READS; i > 0; i--) {
            TestCredentials.bearer(reader).get("/statements?limit=1").then().statusCode(200)
                    .header("RateLimit-Policy", "\"reads\";q=%d;w=3600".formatted(PublicDeploymentProfile.READS))
                    .header("RateLimit", startsWith("\"reads\";r=" + (i - 1) + ";t="));
        }
        Response limited = TestCredentials.bearer(reader).get("/statements?limit=1");
        limited.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit", startsWith("\"reads\";r=0;"))
                .body("status", equalTo(429)).body("type", org.hamcrest.Matchers.endsWith("/problems/rate-limited"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) <= 3600 / PublicDeploymentProfile.READS + 1,
                "one token comes back after window/quota: " + limited.header("Retry-After"));

        // another person, and the same person's write budget, are untouched
        TestCredentials.bearer(TestTokens.token("other-reader", List.of(Roles.READER))).get("/statements?limit=1")
                .then().statusCode(200);
        TestCredentials.as(Roles.READER).get("/outlets").then().statusCode(200);
    }

    @Test
    void writesHaveTheirOwnBudget() {
        String editor = TestTokens.token("busy-editor", List.of(Roles.EDITOR));
        for (int i = 0; i < PublicDeploymentProfile.WRITES; i++) {
            TestCredentials.bearer(editor).contentType("application/json").body("{}").post("/outlets")
                    .then().statusCode(400).header("RateLimit-Policy", startsWith("\"writes\";q=3"));
        }
        TestCredentials.bearer(editor).contentType("application/json").body("{}").post("/outlets")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        TestCredentials.bearer(editor).get("/outlets").then().statusCode(200); // reads still fine
    }

    @Test
    void anonymousReadsArePublicAndLimitedPerClientAddressButWritesStillNeedCredentials() {
        int status = 0;
        int served = 0;
        for (int i = 0; i < PublicDeploymentProfile.ANONYMOUS_READS + 1 && status != 429; i++) {
            status = TestCredentials.anonymous().get("/speakers").statusCode();
            served += status == 200 ? 1 : 0;
        }
        assertEquals(429, status, "the anonymous budget of this address runs out");
        assertTrue(served >= 1, "anonymous reads are allowed with statements.auth.anonymous-read=true");
        TestCredentials.anonymous().contentType("application/json").body("{}").post("/speakers")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }
}
