package io.statements.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.assertions.PlaywrightAssertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page at / as a newsroom user meets it, in headless Chromium against the real service and PostgreSQL:
 * search, facets, paging, URL state, the statement page, the heatmap, the timeline and extraction review, each
 * view scanned with axe-core. Screenshots of the main views at 375 and 1440 px go to docs/screenshots/.
 */
@QuarkusTest
@TestProfile(WebPageProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The review stores statements: it runs last, so the counts the other tests expect stay those of the sample data.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {

    static final Path SCREENSHOTS = Path.of("docs/screenshots");

    @TestHTTPResource("/")
    URL root;

    Playwright playwright;
    com.microsoft.playwright.Browser browser;
    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    boolean loaded;

    /**
     * Reads need credentials (statements.auth.anonymous-read=false): every page starts signed in with the test admin
     * key, as a user who pasted it, except the sign-in view, whose test signs in by hand.
     */
    private static final String SIGNED_IN = "if (!sessionStorage.getItem('statements.auth') && "
            + "!location.search.includes('view=signin')) sessionStorage.setItem('statements.auth', JSON.stringify("
            + "{token: '" + io.statements.support.TestCredentials.ADMIN_KEY + "', method: 'api_key'}));";

    @BeforeAll
    void startBrowser() {
        // Generous: CI machines are shared with other builds, and a view waits for several API calls.
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
    void openPage() throws Exception {
        if (!loaded) {
            SampleData.load();
            loaded = true;
        }
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1440, 900));
        context.addInitScript(SIGNED_IN);
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        consoleErrors.clear();
        page.onConsoleMessage(m -> {
            // The browser logs every 4xx answer as a failed resource load: those are the API's answers, read by the
            // page (it asks what the caller may do with requests the service refuses); anything else is a defect.
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(e -> consoleErrors.add(e));
    }

    @AfterEach
    void closePage() {
        if (context == null) {
            return;
        }
        context.close();
        assertEquals(List.of(), consoleErrors, "the page logged errors (script errors, blocked resources)");
    }

    private String url(String query) {
        return root.toString() + query;
    }

    private Locator hits() {
        return page.locator("#hits article");
    }

    @Test
    void searchesWithHighlightsPagesAndKeepsStateInTheUrl() {
        page.navigate(url(""));
        assertThat(page.getByRole(AriaRole.SEARCH).getByRole(AriaRole.SEARCHBOX)).isVisible();
        assertThat(hits()).hasCount(20);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More results"))).isVisible();
        Accessibility.assertNoSeriousViolations(page, "search results");
        Screens.shoot(page, "search");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More results")).click();
        assertThat(hits()).hasCount(SampleData.TOTAL);
        assertThat(page.locator("#more")).hasCount(0);

        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search statements")).fill("offer");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("\\?q=offer$"));
        assertThat(hits()).hasCount(3);
        assertThat(hits().first().locator("mark").first()).hasText("offer");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Statements matching “offer”");

        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search statements")).fill("\"night service\" or cranes -trade");
        page.keyboard().press("Enter");
        assertThat(hits()).hasCount(2);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("\\?q=offer$"));
        assertThat(hits()).hasCount(3);
        assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search statements"))).hasValue("offer");
        page.goBack();
        assertThat(hits()).hasCount(20);

        // A shared link opens the same state.
        page.navigate(url("?q=clinic&sort=reported_at"));
        assertThat(hits()).hasCount(2);
        assertThat(page.locator("#sort")).hasValue("reported_at");
        assertThat(hits().first()).containsText("Dr. Amara Nwosu");
        assertThat(hits().nth(1)).containsText("Mayor Ines Carvalho");
    }

    @Test
    void facetsAddAndRemoveFiltersWithCounts() {
        page.navigate(url(""));
        Locator outlet = page.locator("#facet-outlet + ul").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^meridian-wire\\.example")));
        assertThat(outlet).hasAttribute("aria-pressed", "false");
        assertThat(outlet).containsText("12");
        outlet.click();
        assertThat(page).hasURL(Pattern.compile("outlet_id="));
        assertThat(hits()).hasCount(12);
        for (Locator hit : hits().all()) {
            assertThat(hit.locator(".outlet")).hasText("Meridian Wire");
        }
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Active filters"))).containsText("Outlet: Meridian Wire");

        Locator oppose = page.locator("#facet-stance + ul").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Oppose")));
        assertThat(oppose).containsText("6");
        oppose.click();
        assertThat(hits()).hasCount(6);
        assertThat(page.locator("#facet-stance + ul button[aria-pressed=true]")).hasText(Pattern.compile("Oppose"));
        Accessibility.assertNoSeriousViolations(page, "filtered search");
        Screens.shoot(page, "filters");

        // One click on a selected value removes it again.
        page.locator("#facet-outlet + ul button[aria-pressed=true]").click();
        assertThat(page).not().hasURL(Pattern.compile("outlet_id="));
        assertThat(hits()).hasCount(13);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear all filters")).click();
        assertThat(hits()).hasCount(20);

        // Speaker autocomplete over names and aliases.
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Speaker")).fill("Dockers");
        page.waitForCondition(() -> page.locator("#speaker-options option").count() > 0);
        assertEquals("Hanne Okafor", page.locator("#speaker-options option").first().getAttribute("value"));
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Speaker")).fill("Hanne Okafor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
        assertThat(page).hasURL(Pattern.compile("speaker_id="));
        assertThat(hits()).hasCount(4);

        // The date range, typed.
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("2025-03-21");
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("2025-03-21");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply dates")).click();
        assertThat(page).hasURL(Pattern.compile("reported_after=2025-03-21&reported_before=2025-03-22"));
        assertThat(hits()).hasCount(1);
    }

    @Test
    void resultsStayInPlaceWhenTheTimelineArrives() {
        // The timeline is asked for after the results; held back here, it arrives while the results are on screen.
        List<com.microsoft.playwright.Route> held = new ArrayList<>();
        page.route("**/statements/timeline**", held::add);
        page.navigate(url(""));
        assertThat(hits().first()).isVisible();
        double before = hits().first().boundingBox().y;
        assertTrue(!held.isEmpty(), "the timeline was asked for");
        page.unroute("**/statements/timeline**");
        held.forEach(com.microsoft.playwright.Route::resume);
        assertThat(page.locator(".timeline svg")).isVisible();
        assertEquals(before, hits().first().boundingBox().y, 2.0, "the first result moved when the chart was drawn");
    }

    @Test
    void timelineShowsStatementsPerDayAndDraggingSetsTheRange() {
        page.navigate(url(""));
        Locator chart = page.locator(".timeline svg");
        assertThat(chart).isVisible();
        assertThat(chart.locator("rect.bar")).hasCount(14);
        page.getByText("Timeline as a table").click();
        assertThat(page.locator(".timeline table tbody tr")).hasCount(10);
        assertThat(page.locator(".timeline table tbody tr").first()).containsText("14 Mar 2025");

        var box = chart.boundingBox();
        double barWidth = box.width / 14;
        page.mouse().move(box.x + barWidth * 0.5, box.y + box.height / 2);
        page.mouse().down();
        page.mouse().move(box.x + barWidth * 2.5, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().up();
        assertThat(page).hasURL(Pattern.compile("reported_after=2025-03-14&reported_before=2025-03-17"));
        assertThat(hits()).hasCount(8);
    }

    @Test
    void statementPageShowsSpeakerArticleAndOtherReports() {
        page.navigate(url("?q=respect"));
        assertThat(hits()).hasCount(1);
        hits().first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hanne Okafor")).click();
        assertThat(page).hasURL(Pattern.compile("view=statement&id="));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hanne Okafor said");
        Locator speaker = page.locator("section[aria-labelledby=sp-h]");
        assertThat(speaker).containsText("Chair of the North Harbour Dockers' Union");
        assertThat(speaker).containsText("Dockers' Union");
        assertThat(speaker).containsText("H. Okafor");
        assertThat(speaker.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Q4115189"))).hasAttribute("href",
                "https://www.wikidata.org/wiki/Q4115189");
        Locator reported = page.locator("section[aria-labelledby=how-h]");
        assertThat(reported).containsText("Meridian Wire");
        assertThat(reported).containsText("Interview");
        assertThat(page.locator("section[aria-labelledby=ar-h]")).containsText("Harbour dispute drags into second week");
        Accessibility.assertNoSeriousViolations(page, "statement page");
        Screens.shoot(page, "statement");

        // The speaker link filters the list by this speaker.
        speaker.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hanne Okafor")).click();
        assertThat(hits()).hasCount(4);
        page.goBack();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hanne Okafor said");

        // The same words reported by two outlets: where the service links them into one utterance, the statement
        // page lists every report, the earliest marked; where it does not, the section is left out.
        page.navigate(url("?q=commuters+promised&sort=reported_at"));
        assertThat(hits()).hasCount(2);
        hits().nth(1).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Priya Raman-Holt").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Priya Raman-Holt said");
        String id = page.url().replaceAll(".*[?&]id=([^&]+).*", "$1");
        boolean linked = given().get("/statements/" + id).then().statusCode(200).extract().path("utterance") != null;
        if (linked) {
            Locator reports = page.locator("section.reports");
            assertThat(reports.getByRole(AriaRole.HEADING)).hasText("Reported by 2 outlets");
            assertThat(reports.locator("li").first()).containsText("Valley Public Radio");
            assertThat(reports.locator("li").first()).containsText("Reported first");
            assertThat(reports.locator("li").nth(1)).containsText("(this report)");
            reports.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open Valley Public Radio's report")).click();
            assertThat(page.locator("section[aria-labelledby=how-h]")).containsText("Valley Public Radio");
        } else {
            assertThat(page.locator("section.reports")).hasCount(0);
        }
    }

    @Test
    void heatmapCountsStancesAndEachCellOpensItsStatements() {
        page.navigate(url(""));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Views"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Who blames whom")).click();
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).isVisible();
        assertThat(table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("the port authority"))).isVisible();
        Locator cell = table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Hanne Okafor toward the port authority: 0 support, 3 oppose, 1 other"));
        assertThat(cell).isVisible();
        Accessibility.assertNoSeriousViolations(page, "heatmap");
        Screens.shoot(page, "heatmap");

        cell.click();
        assertThat(page).hasURL(Pattern.compile("speaker_id=.*stance_target=the"));
        assertThat(hits()).hasCount(4);

        // The heatmap follows the current filters.
        page.navigate(url("?view=stances&topic=health"));
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROWHEADER)).hasCount(4);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void reviewsAnExtractionAndStoresTheAcceptedStatements() {
        page.navigate(url("?view=review"));
        page.getByLabel("Article text").fill(SampleData.ARTICLE);
        page.getByLabel("Article URL").fill("https://lakeside-courier.example/2025/04/02/ferry-timetable");
        page.getByLabel("Outlet domain").fill("lakeside-courier.example");
        page.getByLabel("Outlet name").fill("Lakeside Courier");
        page.getByLabel("Title").fill("Ferry timetable cut draws protest");
        page.getByLabel("Published on").fill("2025-04-02");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find statements")).click();
        Locator suggestions = page.locator("ol.suggestions > li");
        assertThat(suggestions).hasCount(3);
        assertThat(page.locator(".review-text mark.content-mark")).hasCount(3);
        assertThat(suggestions.nth(0)).containsText("Rosa Lindqvist");
        assertThat(suggestions.nth(0)).containsText("confidence");

        suggestions.nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        suggestions.nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject")).click();
        suggestions.nth(2).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
        suggestions.nth(2).getByLabel("Stance", new Locator.GetByLabelOptions().setExact(true)).selectOption("OPPOSE");
        suggestions.nth(2).getByLabel("Stance target").fill("the timetable cut");
        suggestions.nth(2).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save and accept")).click();
        assertThat(suggestions.nth(2)).containsText("Oppose · the timetable cut");
        assertThat(page.locator(".review-text mark.accepted")).hasCount(2);
        assertThat(page.locator(".review-text mark.rejected")).hasCount(1);
        Accessibility.assertNoSeriousViolations(page, "extraction review");
        Screens.shoot(page, "review");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Store 2 accepted statements")).click();
        assertThat(page.locator(".outcome")).containsText("Stored 2 statements");
        List<?> stored = given().queryParam("article_url", "https://lakeside-courier.example/2025/04/02/ferry-timetable")
                .get("/statements").then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(2, stored.size());
        List<String> stances = given().queryParam("article_url", "https://lakeside-courier.example/2025/04/02/ferry-timetable")
                .queryParam("stance", "OPPOSE").get("/statements").then().statusCode(200).extract().jsonPath()
                .getList("items.stance_target");
        assertEquals(List.of("the timetable cut"), stances);
        page.locator(".outcome a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Rosa Lindqvist");
        assertThat(page.locator("section[aria-labelledby=how-h]")).containsText("Extracted");
    }

    @Test
    void errorsAreShownAsReadableMessages() {
        page.navigate(url("?q=the"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("q");
        assertThat(page.getByRole(AriaRole.ALERT)).not().containsText("Exception");
        consoleErrors.clear();
    }

    @Test
    void narrowScreensShowTheSameViews() {
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(375, 812)
                .setIsMobile(true).setHasTouch(true));
        context.addInitScript(SIGNED_IN);
        page = context.newPage();
        page.navigate(url(""));
        assertThat(hits()).hasCount(20);
        assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "no horizontal scrolling at 375 px");
        Accessibility.assertNoSeriousViolations(page, "search at 375 px");
        Screens.shoot(page, "search");
        page.navigate(url("?view=stances"));
        assertThat(page.getByRole(AriaRole.TABLE)).isVisible();
        Screens.shoot(page, "heatmap");
        page.navigate(url("?q=respect"));
        hits().first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hanne Okafor")).click();
        assertThat(page.locator("section[aria-labelledby=sp-h]")).isVisible();
        assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "no horizontal scrolling at 375 px");
        Screens.shoot(page, "statement");
    }

    @Test
    void signsInWithAnApiKeySentAsABearerTokenAndSignsOut() {
        String key = "stmt_webpage_test_key";
        int status = given().header("Authorization", "Bearer " + key).get("/statements?limit=1").then().extract().statusCode();
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.url().contains("/statements")) {
                sent.add(String.valueOf(r.headerValue("authorization")));
            }
        });
        page.navigate(url("?view=signin"));
        page.getByLabel("API key", new Page.GetByLabelOptions().setExact(true)).fill(key);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with key")).click();
        if (status == 200) {
            assertThat(hits()).hasCount(20);
            assertTrue(sent.contains("Bearer " + key), () -> "the key is sent on API calls: " + sent);
            assertThat(page.locator("#signin-link")).hasText(Pattern.compile("^Signed in"));
            assertEquals(key, ((String) page.evaluate("() => JSON.parse(sessionStorage.getItem('statements.auth')).token")));
            page.locator("#signin-link").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator("#signin-link")).hasText("Sign in");
            assertEquals(null, page.evaluate("() => JSON.parse(sessionStorage.getItem('statements.auth') || '{}').token ?? null"));
        } else {
            // A service that checks keys refuses this made-up one: the page says so and stays signed out.
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("sign in");
            assertThat(page.locator("#signin-link")).hasText("Sign in");
            consoleErrors.clear();
        }
    }
}
