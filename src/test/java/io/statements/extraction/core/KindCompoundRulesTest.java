package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61b, rule kind-compound-organisation ({@link KindCompounds}): `the apex court` is the supreme court named
 * before, not the high court named last; `the governing body` the federation or council; `the radio station` the
 * name with `Radio`; `the world body` the United Nations; with no such name, or `a radio station`, the description
 * stays. Invented text.
 */
class KindCompoundRulesTest {

    @Test
    void theApexCourtIsTheSupremeCourtNotTheHighCourtNamedLast() {
        String text = "Court tells board chief to go\n\n"
                + "The Supreme Court told board president Ravi Mehtani on Tuesday to step aside during the inquiry.\n\n"
                + "The bench compared the inquiry with an earlier one by two judges of the Esterby High Court.\n\n"
                + "The apex court added: \"Step aside, or we will order it.\"";
        assertEquals("Supreme Court", with(text, "Step aside, or we will").speakerName());
    }

    @Test
    void theGoverningBodyIsTheCouncil() {
        String text = "Captain banned\n\n"
                + "Kellan Dray told the Global Cricket Council's integrity unit he never passed on information.\n\n"
                + "He hid the approaches for a year, the governing body said in its ruling.";
        assertEquals("Global Cricket Council", with(text, "He hid the approaches").speakerName());
    }

    @Test
    void theRadioStationIsTheOneNamedRadio() {
        String text = "Ferry report leaked\n\n"
                + "A copy of the ferry inquiry's report was obtained by Radio Tessaly on Friday.\n\n"
                + "\"The pumps had not worked for months,\" the radio station said.";
        assertEquals("Radio Tessaly", with(text, "The pumps had not worked").speakerName());
    }

    @Test
    void theWorldBodyIsTheUnitedNations() {
        String text = "Convoy held\n\n"
                + "The United Nations said a convoy had been held at the Varrow crossing for a third day.\n\n"
                + "\"Every hour counts,\" the world body said.";
        assertEquals("United Nations", with(text, "Every hour counts").speakerName());
    }

    @Test
    void theApexCourtWithOnlyAHighCourtNamedStays() {
        String text = "Appeal heard\n\n"
                + "The Esterby High Court heard the appeal of Ravi Mehtani on Tuesday.\n\n"
                + "\"The lower court erred,\" the apex court said later in a separate case.";
        assertEquals("apex court", with(text, "The lower court erred").speakerName());
    }

    @Test
    void theGoverningBodyWithNoCouncilNamedStays() {
        String text = "Player fined\n\n"
                + "Kellan Dray of Ossland Rovers was fined on Monday for dissent.\n\n"
                + "\"Such conduct has no place in the game,\" the governing body said.";
        assertEquals("governing body", with(text, "Such conduct has no place").speakerName());
    }

    @Test
    void theHighestCourtInASportIsNoCountrysSupremeCourt() {
        String text = "Rower loses appeal\n\n"
                + "Rower Ines Valtorp lost her appeal against a doping ban on Friday.\n\n"
                + "The highest court in rowing said the ban was \"harsh but lawful\".\n\n"
                + "The Rowing Appeals Tribunal said its panel had been unanimous.";
        assertEquals("Rowing Appeals Tribunal", with(text, "harsh but lawful").speakerName());
    }
}
