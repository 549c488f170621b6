package io.statements.extraction.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n72s (speed, output unchanged): {@link DescriptionTies} classifies a tie's name only when its head noun is
 * first asked, and {@link WordBits#NOISE_OR_TIME_WORD} answers the name index's noise and time-word tests from the
 * token. The ties of a head keep text order and drop a run that names nobody; the bit is set exactly for the words
 * of the two lists. Invented text.
 */
class LazyDescriptionTiesRulesTest {

    private static Doc names(String text) {
        Doc d = new Doc(text);
        Pipeline.namesAndGenders(d);
        return d;
    }

    @Test
    void aHeadsTiesComeInTextOrderWithTheirNames() {
        Doc d = names("Tide mill reopens\n\nRetired engineer Olla Brannick opened the mill on Saturday. "
                + "Ferro Delacourt, a retired engineer who restored its wheel, stood beside her.");
        List<DescriptionTies.Tie> ties = DescriptionTies.collect(d).of("engineer");
        assertEquals(List.of("Olla Brannick", "Ferro Delacourt"), ties.stream().map(DescriptionTies.Tie::name).toList());
        assertEquals(ties, DescriptionTies.collect(d).of("engineer")); // asked again: the same ties
    }

    @Test
    void aHeadNobodyIsTiedToHasNoTies() {
        Doc d = names("Tide mill reopens\n\nThe retired engineer opened the mill on Saturday, said the council.");
        DescriptionTies ties = DescriptionTies.collect(d);
        assertTrue(ties.of("engineer").isEmpty());
        assertTrue(ties.of("council").isEmpty());
    }

    @Test
    void theDescriptionStillNamesItsHolderInTheOutput() {
        String text = "Tide mill reopens\n\nRetired engineer Olla Brannick opened the mill on Saturday.\n\n"
                + "\"It turns again after ninety years,\" the retired engineer said.";
        assertEquals("Olla Brannick", with(text, "It turns again after ninety years").speakerName());
    }

    @Test
    void theNoiseOrTimeBitIsSetExactlyForTheTwoListsWords() {
        for (String w : List.of("however", "meanwhile", "tuesday", "tonight", "november")) {
            assertTrue((WordBits.of(w) & WordBits.NOISE_OR_TIME_WORD) != 0, w);
        }
        for (String w : List.of("engineer", "mill", "brannick", "said", "")) {
            assertFalse((WordBits.of(w) & WordBits.NOISE_OR_TIME_WORD) != 0, w);
        }
        for (String w : Words.SENTENCE_NOISE) {
            assertTrue((WordBits.of(w) & WordBits.NOISE_OR_TIME_WORD) != 0, w);
        }
        for (String w : Lexicon.TIME_WORDS) {
            assertTrue((WordBits.of(w) & WordBits.NOISE_OR_TIME_WORD) != 0, w);
        }
    }

    @Test
    void aSentenceOpeningTimeWordIsNoNameButAFollowingNameIs() {
        Doc d = names("Harbour vote\n\nTuesday Kalle Odum told the harbour board it had waited long enough.");
        int tuesday = 3; // `Harbour`, `vote`, the stop-less headline ends; `Tuesday` opens the body
        for (int k = 0; k < d.toks.size(); k++) {
            if (d.toks.get(k).text.equals("Tuesday")) {
                tuesday = k;
            }
        }
        assertTrue(d.names.isSentenceInitialNoise(tuesday));
        assertFalse(d.names.isSentenceInitialNoise(tuesday + 1));
    }
}
