package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction12: a US state or city named alone was a person, so a later "he" or "she" could resolve to
 * "Florida" or "Raleigh" (29 train/dev statements); it is a place now, and never what a later "it" stands for.
 * Invented text.
 */
class RegionNameRulesTest {

    @Test
    void aStateNamedAloneIsNoPerson() {
        ExtractedStatement s = with("Harbour news\n\nTexas sued the ferry company on Monday, saying its fares were"
                + " \"plainly unlawful.\"", "plainly unlawful");
        assertEquals("Texas", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }

    @Test
    void itIsTheOrganisationNotTheCityNamedAfterIt() {
        ExtractedStatement s = with("Harbour news\n\nThe Harbour Trust held its meeting in Cleveland on Monday. It"
                + " said the fares were \"beyond what families can pay.\"", "beyond what families");
        assertEquals("Harbour Trust", s.speakerName());
    }

    @Test
    void aPlaceOfTwoWordsIsNoPersonEither() {
        ExtractedStatement s = with("Harbour news\n\nNew Jersey sued the ferry company on Monday, saying its fares"
                + " were \"plainly unlawful.\"", "plainly unlawful");
        assertEquals("New Jersey", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }

    @Test
    void theyIsNoPlace() {
        ExtractedStatement s = with("Harbour news\n\nNew Jersey sued the ferry company on Monday, saying its fares"
                + " were \"plainly unlawful.\" They said the fares were \"beyond what families can pay.\"",
                "beyond what families");
        assertEquals(null, s.speakerName());
    }

    /** `"A." They said ...` after a quote ending its sentence starts a new sentence (was joined to the one before). */
    @Test
    void aPronounAndItsVerbAfterAClosingQuoteStartANewSentence() {
        ExtractedStatement s = with("Harbour news\n\nNew Jersey sued the ferry company on Monday, saying its fares"
                + " were \"plainly unlawful.\" They said the fares were \"beyond what families can pay.\"",
                "plainly unlawful");
        assertEquals(false, s.text().contains("beyond what families"));
    }
}
