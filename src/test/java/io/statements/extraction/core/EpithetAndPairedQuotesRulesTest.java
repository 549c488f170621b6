package io.statements.extraction.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n49c, rules quoted-epithet and two-quotes-one-verb (`AttributionQuotes`, asked by `TrailingCueSieve`), and
 * passive-read: a short capitalised quote inside the subject of a trailing cue is the speaker's epithet, not a quote;
 * `"A!" (gloss) and "B!", X shouted` gives X both; `"A!" as the verdict was read` is no reading by the verdict.
 * Invented text.
 */
class EpithetAndPairedQuotesRulesTest {

    @Test
    void aQuotedEpithetInsideTheAttribution() {
        String text = "Okonjo wins\n\nHalima Okonjo won the 100 metres world title in Verano on Sunday.\n\n"
                + "\"None of this was planned, I just ran my race,\" the newly crowned \"Fastest Woman on Earth\" said of her"
                + " time.";
        assertEquals("Halima Okonjo", with(text, "None of this was planned").speakerName());
        List<ExtractedStatement> all = Extracted.all(text);
        assertTrue(all.stream().noneMatch(s -> s.text().equals("Fastest Woman on Earth")), all.toString());
    }

    @Test
    void twoQuotesBeforeOneVerb() {
        String text = "Verdict\n\nThe court in Ostrava sentenced three former officers on Monday.\n\n"
                + "\"Justice at last!\" (in the Ostravan language) and \"No more fear!\", Mira Stanek shouted outside the"
                + " court.";
        assertEquals("Mira Stanek", with(text, "Justice at last").speakerName());
        assertEquals("Mira Stanek", with(text, "No more fear").speakerName());
    }

    @Test
    void whatWasReadIsNoSpeaker() {
        String text = "Verdict\n\nThe ousted leader, Dragan Velic, shouted \"Freedom for Ostrava!\" as the verdict was"
                + " read.";
        assertNotEquals("verdict", with(text, "Freedom for Ostrava").speakerName());
    }

    @Test
    void aQuotedTitleAfterTheVerbIsNoEpithet() {
        String text = "Show\n\nThe presenter Ines Varga hosts the morning programme.\n\n"
                + "\"We never planned any of this,\" Varga said on \"Morning Harbour Live\" on Monday.";
        assertEquals("Ines Varga", with(text, "We never planned").speakerName());
    }
}
