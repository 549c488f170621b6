package io.statements.web;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** axe-core (vendored under src/test/resources/vendor/axe-core) run inside the page. */
final class Accessibility {

    private static final String AXE = read();

    private Accessibility() {
    }

    /** Fails with axe's rule ids and the offending elements when a serious or critical violation is found. */
    static void assertNoSeriousViolations(Page page, String view) {
        // evaluate runs through the DevTools protocol, so the page's Content-Security-Policy does not block it.
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.evaluate(AXE);
        }
        Object found = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}`)
                    .join('\\n');
                }""");
        assertEquals("", found, "axe-core found serious or critical accessibility violations on the " + view);
    }

    private static String read() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/vendor/axe-core/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
