package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50c, rule named-before (`NamedBeforeSieve`): a quote opening its sentence with no cue, right after a
 * sentence that attributed nothing and is about a person named in full, or under a crosshead opening with their name,
 * is that person's. Near misses: a quote that names that person itself, a sentence about a thing, a colon sentence,
 * a quote with its own cue. Invented text.
 */
class NamedBeforeRulesTest {

    private static final String TEXT = "Hawks lose cup final to late try\n\n"
            + "\"We were beaten by a better side on the day,\" head coach Lena Forsberg told the club's channel.\n\n"
            + "Veteran lock Tevita Mahe looked shattered as he walked past the cameras after the game. "
            + "\"It hurts more than any defeat I have had in this shirt.\"\n\n"
            + "Across the road, the florist Halima Osei has lost two winters of trade. \"I open at seven and nobody "
            + "comes in until noon.\"\n\n"
            + "Priya Raghunathan on her opening throw\n\n"
            + "\"A long opener puts the pressure on everybody else all evening.\"\n\n"
            + "Winger Jonah Reedy was dropped for the final. \"Reedy has only himself to blame for that one,\" said "
            + "Carl Maddox, his assistant.\n\n"
            + "Full-back Sione Tupou was left out as well. \"Tupou will be back in the side next season, I promise.\"\n\n"
            + "The stadium emptied quickly after the whistle. \"We gave everything we had for eighty minutes of it.\"\n";

    @Test
    void aQuoteAfterASentenceAboutANamedPersonIsTheirs() {
        ExtractedStatement s = with(TEXT, "It hurts more than any defeat");
        assertEquals("named-before", s.sieve());
        assertEquals("Tevita Mahe", s.speakerName());
        assertEquals("Halima Osei", with(TEXT, "I open at seven").speakerName());
    }

    @Test
    void aCrossheadOpeningWithANameGivesTheQuoteUnderIt() {
        assertEquals("Priya Raghunathan", with(TEXT, "A long opener puts the pressure").speakerName());
    }

    @Test
    void notAQuoteWithItsOwnCueNorOneThatNamesThePersonNorAfterAThing() {
        assertEquals("Carl Maddox", with(TEXT, "only himself to blame").speakerName());
        assertNotEquals("Sione Tupou", with(TEXT, "will be back in the side").speakerName());
        assertNotEquals("named-before", with(TEXT, "We gave everything we had").sieve());
    }
}
