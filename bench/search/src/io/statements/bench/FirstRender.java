package io.statements.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The web page's first render at the bench's size (#14: under 1 s on localhost with 1M statements stored; under
 * 300 KB of compressed JavaScript). Debian's headless Chromium opens {@code /} signed in with the bench's key, as
 * a user who pasted it would be, and times navigation start to (a) the first result on screen and (b) the facet
 * counts on screen. The first load is cold (empty browser cache); the median is over the following loads in new
 * browser contexts (a returning user's HTTP cache is not reused either).
 */
final class FirstRender {

    private static final int LOADS = 6;
    /**
     * Headless Chromium (new mode, 156) builds the address bar's popup, a WebUI page of ~70 modules, for every new
     * window, on the same two cores as the page, the service and PostgreSQL: the browser's own chrome, which a
     * user's running browser built long before opening our page. Off unless BENCH_PAGE_OMNIBOX=1 (then the
     * figure includes it; docs/benchmarks.md gives both).
     */
    private static final String NO_OMNIBOX_POPUP = "1".equals(System.getenv("BENCH_PAGE_OMNIBOX"))
            ? "--no-first-run" : "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup";
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private FirstRender() {
    }

    static void measure(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("  first render: skipped, no Chromium at " + CHROMIUM + " (apt-get install chromium)");
            return;
        }
        String url = "http://localhost:" + port + "/";
        List<Long> results = new ArrayList<>();
        List<Long> facets = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                     .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage",
                             NO_OMNIBOX_POPUP)))) {
            for (int load = 0; load < LOADS; load++) {
                try (BrowserContext context = browser.newContext()) {
                    context.addInitScript("sessionStorage.setItem('statements.auth', JSON.stringify({token: '"
                            + RawHttp.KEY + "', method: 'key', name: 'bench'}))");
                    Page page = context.newPage();
                    List<Response> responses = Collections.synchronizedList(new ArrayList<>());
                    page.onResponse(responses::add);
                    long start = System.nanoTime();
                    page.navigate(url);
                    page.locator("article.hit").first().waitFor();
                    long firstResult = System.nanoTime() - start;
                    page.waitForCondition(() -> !page.locator(".facets").textContent().contains("Counting…"),
                            new Page.WaitForConditionOptions().setTimeout(120_000));
                    long facetCounts = System.nanoTime() - start;
                    long scriptBytes = scriptBytes(responses);
                    System.out.printf("  first render %d%s: first result %.0f ms, facet counts %.0f ms, scripts %,d bytes"
                            + " on the wire%n", load + 1, load == 0 ? " (cold)" : "", firstResult / 1e6,
                            facetCounts / 1e6, scriptBytes);
                    if (load > 0) {
                        results.add(firstResult);
                        facets.add(facetCounts);
                    }
                }
            }
        }
        System.out.printf("  first render, median of %d warm loads: first result %.0f ms, facet counts %.0f ms%n",
                results.size(), median(results) / 1e6, median(facets) / 1e6);
    }

    /** Bytes of JavaScript bodies as transferred (compressed when the server compressed them). */
    private static long scriptBytes(List<Response> responses) {
        long bytes = 0;
        for (Response response : List.copyOf(responses)) {
            if (response.headers().getOrDefault("content-type", "").contains("javascript")) {
                bytes += response.request().sizes().responseBodySize;
            }
        }
        return bytes;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
