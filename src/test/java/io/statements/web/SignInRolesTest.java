package io.statements.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Signing in to the web page with real credentials of each role, API keys an admin created through the API: the page
 * asks GET /me who signed in and shows write actions (extraction review, storing) to editors only. Stores nothing,
 * so it shares the web page tests' service and data.
 */
@QuarkusTest
@TestProfile(WebPageProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInRolesTest {

    @TestHTTPResource("/")
    URL root;

    Playwright playwright;
    com.microsoft.playwright.Browser browser;
    BrowserContext context;
    Page page;
    final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1440, 900));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        errors.clear();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            // 401s of the signed-out page are the API's answers, logged by the browser as failed loads
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        assertEquals(List.of(), errors, "the page logged errors");
    }

    @Test
    void aReaderSeesNoWriteActions() {
        String name = signInWithANewKey("reader");
        assertThat(page.locator("#signin-link")).hasText("Signed in as " + name);
        assertThat(reviewLink()).isHidden();

        page.navigate(root + "?view=review");
        assertThat(page.locator("main .notice")).containsText("needs the editor role");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find statements"))).hasCount(0);
        assertThat(page.getByLabel("Article text")).hasCount(0);

        page.navigate(root + "?view=signin");
        assertThat(page.locator("main")).containsText("Roles: Reader.");
        assertThat(page.locator("main")).containsText("You may read;");
        Accessibility.assertNoSeriousViolations(page, "signed in as a reader");
    }

    @Test
    void anEditorReviewsExtractions() {
        String name = signInWithANewKey("editor");
        assertThat(page.locator("#signin-link")).hasText("Signed in as " + name);
        assertThat(reviewLink()).isVisible();

        reviewLink().click();
        assertThat(page.getByLabel("Article text")).isVisible();
        page.getByLabel("Article text").fill("The mayor said on Tuesday that the bridge \"will reopen before winter\".");
        page.getByLabel("Article URL").fill("https://riverside-post.example/bridge");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find statements")).click();
        // the editor may ask for suggestions (POST /extractions) and sees the store action
        assertThat(page.locator("#rv-results-h")).containsText("suggested statement");
        assertThat(page.locator("#rv-store")).isVisible();

        page.navigate(root + "?view=signin");
        assertThat(page.locator("main")).containsText("Roles: Reader, Editor.");
        assertThat(page.locator("main")).containsText("You may review extractions and store statements.");
    }

    @Test
    void withoutAnIssuerTheSignInPageOffersApiKeysOnly() {
        given().get("/auth/oidc").then().statusCode(200).body("enabled", org.hamcrest.Matchers.equalTo(false));
        page.navigate(root + "?view=signin");
        assertThat(page.getByLabel("API key", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with your organisation")))
                .hasCount(0);
    }

    /** Creates a key with only this role (as an admin would), pastes it into the sign-in form; returns its name. */
    private String signInWithANewKey(String role) {
        String name = "desk-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String key = given().contentType("application/json").body(Map.of("name", name, "roles", List.of(role)))
                .post("/api-keys").then().statusCode(201).extract().path("key");
        page.navigate(root + "?view=signin");
        page.getByLabel("API key", new Page.GetByLabelOptions().setExact(true)).fill(key);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with key")).click();
        return name;
    }

    private com.microsoft.playwright.Locator reviewLink() {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review extraction"));
    }
}
