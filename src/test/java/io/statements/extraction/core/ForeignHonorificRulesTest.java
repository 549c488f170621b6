package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63e, rule foreign-honorific-and-rank-region ({@link ForeignHonorifics}, in {@link NameIndex#classify}): the
 * French bar's `Me` / `Maître` and other languages' honorifics before a name of two words, and a compass point naming a
 * rank's jurisdiction (`SSP East X Y`), are no part of the person's name. Near-misses: `Me` opening a quote, and a
 * compass word not after a rank. Invented text.
 */
class ForeignHonorificRulesTest {

    private static final String TEXT = "Press verdict\n\nJournalist Amel Kassi remains in prison after the appeal. "
            + "\"We will appeal to the highest court,\" his lawyer, Me Farid Lounes, told reporters.\n\n"
            + "\"The ruling ignores the evidence,\" said Maître Hana Berrada, who also defends him.\n\n"
            + "A building collapsed on Friday, according to Senior Superintendent (SSP) East Imran Qadir Shah. "
            + "\"Rescue work is still going on,\" SSP Shah said.\n\n"
            + "\"Me and my brother were outside,\" said Yusuf Okoro.";

    @Test
    void theFrenchBarsHonorificIsNoPartOfTheName() {
        assertEquals("Farid Lounes", with(TEXT, "highest court").speakerName());
        assertEquals("Hana Berrada", with(TEXT, "ignores the evidence").speakerName());
    }

    @Test
    void aRanksRegionIsNoPartOfTheName() {
        assertEquals("Imran Qadir Shah", with(TEXT, "Rescue work").speakerName());
    }

    @Test
    void meOpeningAQuoteAndACompassSurnameStay() {
        assertEquals("Yusuf Okoro", with(TEXT, "my brother were outside").speakerName());
        String text = "Harbour\n\n\"The berth is ready,\" said Lena West Holm, the pilot.";
        assertEquals("Lena West Holm", with(text, "berth is ready").speakerName());
    }
}
