package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names38, rule telegram-channel: `said on Telegram`, `wrote on Telegram` name the medium as `on Facebook`
 * does (channel OTHER); a lower-case `telegram` is a cable, no medium of the statement. Invented text.
 */
class TelegramChannelRulesTest {

    private static final String TEXT = "Ministry warns of strikes\n\n"
            + "The Harbour Ministry said on Telegram that the strikes would continue \"until the enemy stops firing on"
            + " our towns.\"\n\n"
            + "\"We will answer every attack,\" the ministry wrote on Telegram on Sunday.\n\n"
            + "The clerk, who read every telegram the embassy sent, said the cables were \"full of bad news.\"";

    @Test
    void saidOnTelegram() {
        assertEquals(Channel.OTHER, with(TEXT, "until the enemy stops").channel());
    }

    @Test
    void wroteOnTelegram() {
        assertEquals(Channel.OTHER, with(TEXT, "We will answer every attack").channel());
    }

    @Test
    void aCableIsNoMedium() {
        assertNull(with(TEXT, "full of bad news").channel());
    }
}
