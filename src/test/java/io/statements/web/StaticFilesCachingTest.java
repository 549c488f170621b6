package io.statements.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page's files carry no version in their names, so a browser must ask again each time (and gets a 304 while
 * they are unchanged): after a deploy nobody runs old modules mixed with new ones.
 */
@QuarkusTest
class StaticFilesCachingTest {

    @TestHTTPResource("/js/app.js")
    URL module;

    @TestHTTPResource("/")
    URL page;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pageFilesAreRevalidatedAndAnswer304WhileUnchanged() throws Exception {
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(module.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode());
        String cacheControl = first.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("max-age=0"), "browsers revalidate: " + cacheControl);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(module.toString()))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "unchanged: nothing to download again");
        // a browser stores a 304's headers over the cached page's: a policy here would replace the page's own
        assertTrue(again.headers().firstValue("Content-Security-Policy").isEmpty(), again.headers().map().toString());
    }

    @Test
    void thePageAdmitsItsInlineScriptByHashOnly() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(page.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<script>"), "the page has its inline script");
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        // WebPageTest fails on any refused script, so a hash that does not match the script cannot go unnoticed
        assertTrue(policy.contains("script-src 'self' 'sha256-"), policy);
        assertTrue(!policy.contains("script-src 'self' 'unsafe-inline'"), policy);
    }
}
