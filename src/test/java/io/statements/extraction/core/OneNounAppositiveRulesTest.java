package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66d, rules one-noun-appositive ({@link DescriptionTies}) and who-saw-witness ({@link VerbGivenRoles}):
 * `One passenger, Ivo Senn,` ties Senn to `the passenger`; `Mara Quist, who saw the crash,` makes her `the
 * eyewitness`. Not `One passenger said` with no name, not two passengers so named, not a witness who only `said`.
 * Invented text.
 */
class OneNounAppositiveRulesTest {

    private static final String PASSENGER = "Crash on the ring road\n\n"
            + "A lorry hit three cars on the ring road on Monday.\n\n"
            + "One passenger, Ivo Senn, was taken to hospital with a broken arm. \"I was lucky,\" the passenger said.";

    private static final String TWO_PASSENGERS = "Crash on the ring road\n\n"
            + "A lorry hit three cars on the ring road on Monday. One passenger, Ivo Senn, was taken to hospital. "
            + "Another passenger, Lea Kroll, went home.\n\n"
            + "\"I was lucky,\" the passenger said.";

    private static final String UNNAMED = "Crash on the ring road\n\n"
            + "Ivo Senn drove the lorry that hit three cars on the ring road on Monday. One passenger was taken to "
            + "hospital.\n\n"
            + "\"I was lucky,\" the passenger said.";

    private static final String SAW = "Crash on the ring road\n\n"
            + "A lorry hit three cars on the ring road on Monday.\n\n"
            + "Mara Quist, who saw the crash from her balcony, called the police. \"There was smoke everywhere,\" the "
            + "eyewitness said.";

    private static final String ONLY_SAID = "Crash on the ring road\n\n"
            + "A lorry hit three cars on the ring road on Monday.\n\n"
            + "Mara Quist, who lives nearby, called the police. \"There was smoke everywhere,\" the eyewitness said.";

    @Test
    void oneNounBeforeANameTiesTheName() {
        assertEquals("Ivo Senn", with(PASSENGER, "I was lucky").speakerName());
    }

    @Test
    void twoSoNamedLeaveTheDescription() {
        assertEquals("passenger", with(TWO_PASSENGERS, "I was lucky").speakerName());
    }

    @Test
    void noNameNoTie() {
        assertNotEquals("Ivo Senn", with(UNNAMED, "I was lucky").speakerName());
    }

    @Test
    void whoSawMakesTheEyewitness() {
        assertEquals("Mara Quist", with(SAW, "There was smoke everywhere").speakerName());
    }

    @Test
    void notWhoLivesNearby() {
        assertNotEquals("Mara Quist", with(ONLY_SAID, "There was smoke everywhere").speakerName());
    }
}
