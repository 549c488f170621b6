package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session pron20: `the report` / `the poll` / `the ad` that the article named earlier with its author (`A new Harlow
 * Institute report finds`, `an ad from the Harbour Jobs Alliance`) is that author's; a platform before the noun (`a Facebook
 * post`) and a headline's words are no author. Invented text.
 */
class NamedDocumentRulesTest {

    private static final String TEXT = "Voters sour on both parties\n\n"
            + "A new Harlow Institute report finds that most voters distrust both parties.\n\n"
            + "The share of voters who say neither party speaks for them rose to 41 percent. From the report:"
            + " \"Distrust of both parties is now the most common view among younger voters.\"\n\n"
            + "The harbour fight reached television this week in a new ad from the Harbour Jobs Alliance. The ad says"
            + " \"the toll is a tax on every family\" and runs through Sunday.\n\n"
            + "A Facebook post drew wide notice on Monday. The post says \"nobody asked the dock workers\" and"
            + " was shared thousands of times.";

    @Test
    void aReportNamedWithItsAuthorBeforeIsTheAuthors() {
        assertEquals("Harlow Institute", with(TEXT, "Distrust of both parties").speakerName());
    }

    @Test
    void anAdFromANamedGroupIsTheGroups() {
        assertEquals("Harbour Jobs Alliance", with(TEXT, "tax on every family").speakerName());
    }

    @Test
    void aPlatformIsNoAuthor() {
        assertNull(with(TEXT, "nobody asked").speakerName());
    }
}
