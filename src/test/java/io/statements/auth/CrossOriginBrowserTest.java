package io.statements.auth;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.statements.support.Fixtures;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A frontend on another origin, in a real headless Chromium: on the allowed origin (statements.cors.origins) it
 * searches, reads an ETag and the rate-limit headers, and follows the change feed with EventSource; on any other
 * origin the browser blocks the same calls because CORS says no. Both frontends are pages of one loopback web
 * server ({@link FrontendOrigin}), so the only difference between them is the origin.
 */
@QuarkusTest
@TestProfile(PublicDeploymentProfile.class)
class CrossOriginBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it): cross-origin browser test skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theAllowedOriginSearchesReadsETagsAndFollowsTheFeed() {
        String text = "Ferries resume their crossings once the harbour wall is repaired " + Fixtures.unique("x");
        String id = RestAssured.given().contentType("application/json")
                .body(Fixtures.statement(text, Fixtures.unique("Harbour Master"), Fixtures.domain()))
                .post("/statements").then().statusCode(201).extract().path("id");
        List<String> console = new CopyOnWriteArrayList<>();
        Page page = pageOn(allowedOrigin(), console);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async ([api, key, id]) => {
                  const auth = {headers: {Authorization: 'Bearer ' + key}};
                  const search = await fetch(api + '/statements?q=ferries&limit=5', auth);
                  const one = await fetch(api + '/statements/' + id, auth);
                  const event = await new Promise((resolve, reject) => {
                    const source = new EventSource(api + '/changes/stream?access_token=' + encodeURIComponent(key));
                    let errors = 0;
                    // the stream names its events "change" (event: change), so onmessage would never fire
                    source.addEventListener('change', e => { source.close(); resolve(JSON.parse(e.data).type); });
                    source.onerror = () => { errors++; };
                    setTimeout(() => { source.close();
                      reject(new Error('no change event within 20 s; stream errors: ' + errors)); }, 20000);
                  });
                  return {search: search.status, found: (await search.json()).items.length,
                          etag: one.headers.get('ETag'), limit: search.headers.get('RateLimit-Policy'), event};
                }""", List.of(api(), frontendKey(), id));
        assertEquals(200, ((Number) result.get("search")).intValue(), result + " " + console);
        assertTrue(((Number) result.get("found")).intValue() >= 1, result.toString());
        assertTrue(String.valueOf(result.get("etag")).matches("(W/)?\"\\d+\""), "ETag exposed: " + result);
        assertTrue(String.valueOf(result.get("limit")).startsWith("\"reads\""), "RateLimit-Policy exposed: " + result);
        assertEquals("CREATED", result.get("event"), result.toString());
    }

    @Test
    void anotherOriginIsBlockedByTheBrowser() {
        String other = allowedOrigin().replace("//localhost:", "//127.0.0.1:");
        List<String> console = new CopyOnWriteArrayList<>();
        Page page = pageOn(other, console);
        Object outcome = page.evaluate("""
                async ([api, key]) => {
                  try {
                    const r = await fetch(api + '/statements?limit=1', {headers: {Authorization: 'Bearer ' + key}});
                    return 'read ' + r.status;
                  } catch (e) {
                    return 'blocked';
                  }
                }""", List.of(api(), frontendKey()));
        assertEquals("blocked", outcome);
        // blocked by CORS, not by anything else (Chromium's local-network rules would also block, and prove nothing)
        assertTrue(console.stream().anyMatch(m -> m.contains("blocked by CORS policy")
                && m.contains("Access-Control-Allow-Origin") && !m.contains("address space")), console.toString());
    }

    @Test
    void preflightsAreAnsweredForTheAllowedOriginOnly() throws Exception {
        HttpResponse<Void> allowed = preflight(allowedOrigin());
        assertEquals(allowedOrigin(), allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                allowed.headers().toString());
        String allowedHeaders = allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
        assertTrue(allowedHeaders.contains("authorization") && allowedHeaders.contains("if-match"), allowedHeaders);

        HttpResponse<Void> refused = preflight("https://elsewhere.example");
        assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), refused.headers().toString());
    }

    private static HttpResponse<Void> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api() + "/statements/some-id"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
    }

    /** The frontend's own reader key, so the small read budget of this profile is its alone. */
    private static String frontendKey() {
        return RestAssured.given().contentType("application/json")
                .body(Map.of("name", Fixtures.unique("desk-frontend").replace(" ", "-"), "roles", List.of(Roles.READER)))
                .post("/api-keys").then().statusCode(201).extract().path("key");
    }

    private static String allowedOrigin() {
        return ConfigProvider.getConfig().getValue("statements.cors.origins", String.class);
    }

    private static Page pageOn(String origin, List<String> console) {
        Page page = browser.newPage();
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.navigate(origin + "/");
        return page;
    }

    private static String api() {
        return "http://localhost:" + RestAssured.port;
    }
}
