package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67d, rules situation-noun-title ({@link DescriptionTies}) and description-introduced-person ({@link
 * DefiniteDescriptions#tradeAntecedent}): `Passenger X was sitting ...` ties X to `the passenger`; a person introduced
 * in full as the subject of the sentence before is `the Lisk-based businessman` who is quoted next. Not a passenger
 * whom the text never calls one, not a woman for `businessman`. Invented text.
 */
class DescriptionIntroducedRulesTest {

    private static final String PASSENGER = "Smoke fills cabin on night flight\n"
            + "\n"
            + "The night flight from Varo to Lisk was half an hour from landing when the cabin filled with smoke.\n"
            + "\n"
            + "Passenger Omar Teodor Bell was sitting over the wing. \"I smelt it before I saw it,\" said the passenger, who works as a chemist.";

    private static final String PILOT = "Smoke fills cabin on night flight\n"
            + "\n"
            + "The night flight from Varo to Lisk was half an hour from landing when the cabin filled with smoke.\n"
            + "\n"
            + "Omar Teodor Bell, the pilot, brought the plane down safely. \"I smelt it before I saw it,\" said the passenger.";

    private static final String INTRODUCED = "Families flee as river bursts its banks\n"
            + "\n"
            + "Hundreds of families left their homes in Pellam on Tuesday after the river rose two metres overnight.\n"
            + "\n"
            + "Ravi Kessler, who lives by the old bridge with his brother and an uncle, described the water coming in under the door. \"We had ten minutes to get out,\" the Lisk-based businessman said.";

    private static final String OTHER_GENDER = "Families flee as river bursts its banks\n"
            + "\n"
            + "Hundreds of families left their homes in Pellam on Tuesday after the river rose two metres overnight.\n"
            + "\n"
            + "Maria Kessler, who lives by the old bridge with her two sons, described the water coming in under the door. \"We had ten minutes to get out,\" the Lisk-based businessman said.";

    @Test
    void situationNounOpeningASentenceTiesTheName() {
        assertEquals("Omar Teodor Bell", with(PASSENGER, "I smelt it").speakerName());
    }

    @Test
    void aPilotIsNoPassenger() {
        assertNotEquals("Omar Teodor Bell", with(PILOT, "I smelt it").speakerName());
    }

    @Test
    void tradeDescriptionMeansThePersonJustIntroduced() {
        assertEquals("Ravi Kessler", with(INTRODUCED, "We had ten minutes").speakerName());
    }

    @Test
    void genderOfTheHeadMustAgree() {
        assertNotEquals("Maria Kessler", with(OTHER_GENDER, "We had ten minutes").speakerName());
    }
}
