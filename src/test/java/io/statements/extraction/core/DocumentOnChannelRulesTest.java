package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule document-on-channel: `the report on the ministry's channel says` is the ministry's, as the
 * body named before; never a speaker `ministry's`.
 */
class DocumentOnChannelRulesTest {

    @Test
    void aDocumentOnABodysChannelIsTheBodys() {
        String text = "The Foreign Ministry of Ruritania condemned the new sanctions on Monday.\n\n"
                + "\"These measures are a clear proof of hostility,\" the statement on the ministry's Telegram channel read.";
        assertEquals("Foreign Ministry of Ruritania", with(text, "clear proof").speakerName());
    }
}
