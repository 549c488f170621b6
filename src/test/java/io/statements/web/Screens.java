package io.statements.web;

import com.microsoft.playwright.Page;

import java.nio.file.Path;

/** Screenshots for the README: docs/screenshots/NAME-WIDTH.png, written by every run of the tests. */
final class Screens {

    private Screens() {
    }

    static void shoot(Page page, String name) {
        page.waitForLoadState();
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        int width = page.viewportSize().width;
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots", name + "-" + width + ".png"))
                .setFullPage(width < 800));
    }
}
