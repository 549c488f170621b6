package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule missing-space-stop (session lead48): a full stop glued to the next sentence's capital (`the port of
 * Veltra.Veltra harbour master Ines Kolb said`) ends a sentence; the two sentences had been one, and the first one's
 * subject the speaker. Abbreviations and web addresses (`U.S.`, `St.Louis`, `booking.com`) stay one word. Invented
 * text.
 */
class MissingSpaceStopRulesTest {

    @Test
    void aLostSpaceAfterAFullStopEndsTheSentence() {
        String text = "Port blast\n\n"
                + "The fire spread to the port of Veltra.Veltra harbour master Ines Kolb said she had warned officials "
                + "\"many times\".";
        assertEquals("Ines Kolb", with(text, "many times").speakerName());
    }

    @Test
    void anAbbreviationOrAWebAddressStaysOneWord() {
        String text = "Bookings\n\n"
                + "Tom Reyes, who runs Staybook.com from St.Louis, said the firm was \"listening to hosts\".";
        assertEquals("Tom Reyes", with(text, "listening to hosts").speakerName());
    }
}
