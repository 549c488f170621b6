package io.statements.web;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's headless Chromium driven by Playwright; never downloads a browser. */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Browser() {
    }

    /**
     * Chromium's new headless mode is the whole browser: for every new window it also builds the address bar's
     * popup, a WebUI page of some seventy modules, on the same two cores as the page and the service. That is the
     * browser's own chrome, which a user's running browser has built long before, so it is turned off here.
     */
    static final String NO_OMNIBOX_POPUP = "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,"
            + "WebUIOmniboxAimPopup";

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--no-first-run", "--disable-dev-shm-usage", NO_OMNIBOX_POPUP)));
    }

    static Playwright playwright() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
                + ": install Debian's chromium (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH."
                + " The web page's browser tests are skipped.");
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }
}
