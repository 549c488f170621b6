package io.statements.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.statements.support.Fixtures;
import io.statements.support.TestCredentials;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged service against a real Keycloak: tokens from its token endpoint (password grant of the committed
 * realm's users) drive the service. An editor creates, a reader is refused a write, an expired token is refused.
 */
@QuarkusIntegrationTest
@TestProfile(KeycloakIT.OwnIssuer.class)
class KeycloakIT {

    /** The issuer is Keycloak, not the test key pair of the other tests (see AuthTestResource). */
    public static class OwnIssuer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakResource.class));
        }
    }

    @Test
    void keycloakTokensCarryTheirRolesIntoTheService() throws Exception {
        String alice = token("statements-web", "alice");
        String domain = Fixtures.domain();
        TestCredentials.bearer(alice).contentType(ContentType.JSON)
                .body(Map.of("domain", domain, "name", "Harbour Herald")).post("/outlets")
                .then().statusCode(201).body("created_by", startsWith("user:alice ("));

        String bob = token("statements-web", "bob");
        TestCredentials.bearer(bob).get("/outlets?domain=" + domain).then().statusCode(200)
                .body("items[0].name", equalTo("Harbour Herald"));
        TestCredentials.bearer(bob).contentType(ContentType.JSON)
                .body(Map.of("domain", Fixtures.domain(), "name", "Not Allowed")).post("/outlets")
                .then().statusCode(403).contentType("application/problem+json");

        String shortLived = token("statements-short", "alice");
        TestCredentials.bearer(shortLived).get("/outlets").then().statusCode(200);
        Thread.sleep(4000); // its client issues tokens that live 2 s
        TestCredentials.bearer(shortLived).get("/outlets").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
        TestCredentials.anonymous().get("/outlets").then().statusCode(401);
    }

    /**
     * A person signs in to the web page at Keycloak's login form (authorization code flow with PKCE, in headless
     * Chromium): the editor gets the extraction review, the reader does not.
     */
    @Test
    void peopleSignInToTheWebPageAtTheIssuerAndSeeWhatTheirRolesAllow() {
        java.nio.file.Path chromium = java.nio.file.Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(chromium), "Chromium is not "
                + "installed at " + chromium + " (apt-get install chromium; .ci/run installs it): web sign-in skipped");
        io.restassured.RestAssured.given().get("/auth/oidc").then().statusCode(200).body("enabled", equalTo(true))
                .body("client_id", equalTo("statements-web"));
        try (com.microsoft.playwright.Playwright playwright = com.microsoft.playwright.Playwright.create(
                new com.microsoft.playwright.Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            com.microsoft.playwright.Browser browser = playwright.chromium().launch(
                    new com.microsoft.playwright.BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                            .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking", "--no-first-run")));
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            com.microsoft.playwright.Page alice = signIn(browser, "alice");
            assertThat(alice.locator("#signin-link")).hasText("Signed in as alice");
            assertThat(reviewLink(alice)).isVisible();
            alice.navigate(service() + "?view=signin");
            assertThat(alice.locator("main")).containsText("with your organisation account as alice");
            assertThat(alice.locator("main")).containsText("Roles: Reader, Editor.");

            com.microsoft.playwright.Page bob = signIn(browser, "bob");
            assertThat(bob.locator("#signin-link")).hasText("Signed in as bob");
            assertThat(reviewLink(bob)).isHidden();
        }
    }

    private static com.microsoft.playwright.Page signIn(com.microsoft.playwright.Browser browser, String user) {
        com.microsoft.playwright.Page page = browser.newContext().newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(service() + "?view=signin");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in with your organisation")).click();
        page.waitForURL(url -> url.contains("/protocol/openid-connect/auth"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(user + "-test-password");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(service()));
        return page;
    }

    private static com.microsoft.playwright.Locator reviewLink(com.microsoft.playwright.Page page) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Review extraction"));
    }

    private static String service() {
        return "http://localhost:" + io.restassured.RestAssured.port + "/";
    }

    /** Straight to Keycloak (not through RestAssured, whose filters check exchanges against this API's contract). */
    private static String token(String client, String user) throws Exception {
        String issuer = System.getProperty(KeycloakResource.ISSUER_PROPERTY);
        String form = "grant_type=password&scope=openid&client_id=" + client + "&username=" + user
                + "&password=" + user + "-test-password";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }
}
