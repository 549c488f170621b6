package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names44, rule quoted-as-saying: `"A," Ann Loy was quoted as saying (by the Gazette).` The subject of `was
 * quoted` is the speaker, not the last speaker before, and the outlet after `by` relays. Invented text.
 */
class QuotedAsSayingRulesTest {

    private static final String TEXT = "Keeper row\n\n"
            + "Club captain Dario Fenn told a radio station that the squad backed the coach.\n\n"
            + "\"It is a bad spell and nothing more,\" coach Ines Varga was quoted as saying by the Lakeside"
            + " Courier.\n\n"
            + "\"We will be fine by spring,\" Varga was quoted as saying.";

    @Test
    void theSubjectOfWasQuotedIsTheSpeaker() {
        assertEquals("Ines Varga", with(TEXT, "It is a bad spell").speakerName());
    }

    @Test
    void withoutAnOutletToo() {
        assertEquals("Ines Varga", with(TEXT, "We will be fine by spring").speakerName());
    }
}
