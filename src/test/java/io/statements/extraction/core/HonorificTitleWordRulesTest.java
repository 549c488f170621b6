package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: a last name that is also a title word after an honorific (`Mr. King` after `Charles King`, `Ms.
 * Prince` after `Ada Prince`) is the person's last name, not a title: it was the mention `Mr. King`. Invented text.
 */
class HonorificTitleWordRulesTest {

    private static final String TEXT = "Harbour vote nears\n\n"
            + "Charles King, a ferry captain, and Ada Prince, who runs the fish market, spoke at the hearing.\n\n"
            + "\"The fares are too high,\" Mr. King said.\n\n"
            + "Ms. Prince said the market \"cannot survive another year of this.\"";

    @Test
    void anHonorificsLastNameIsNoTitle() {
        assertEquals("Charles King", with(TEXT, "The fares are too high").speakerName());
        assertEquals("Ada Prince", with(TEXT, "cannot survive another year").speakerName());
    }
}
