package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n60a, rule definite-org-head ({@link HeadNounBodies}): `the Court said`, `The Tribunal said`, `the
 * Ministry said` with a capital is the body the text named before whose name holds that head noun (was the bare word
 * `Court`); the nearer of two such bodies. Near-misses: `the Kremlin` and `the Senate` stay themselves, `the House`
 * is never the White House, a prize holding the word (`the 12th Academy Prizes`) is not
 * the body, a capitalised `the Court` the text never named stays `Court`. Invented text.
 */
class DefiniteOrgHeadRulesTest {

    private static final String COURT = "Top court throws out quota law\n\n"
            + "The Marvanian Supreme Court on Tuesday struck down a law that capped fishing quotas.\n\n"
            + "\"Parliament cannot legislate first and consult afterwards,\" the Court said.";

    private static final String TRIBUNAL = "Ban halved\n\n"
            + "The Tribunal of Appeal for Amateur Sport cut the ban on sprinter Jonah Vell to two years.\n\n"
            + "The Tribunal said Vell had \"not intended to cheat\" but had been careless.";

    private static final String MINISTRIES = "Ministries split\n\n"
            + "The Ministry of Transport said on Monday it backed the sale. "
            + "The Ministry of Finance warned the price was low.\n\n"
            + "\"We will not sign at this price,\" the Ministry said.";

    private static final String HOUSE = "Bill passes\n\n"
            + "The White House welcomed the vote on the harbour bill.\n\n"
            + "\"The bill now goes to the other chamber,\" the House said in a note.";

    private static final String UNNAMED = "Backlog grows\n\n"
            + "Judges in the northern circuit warned that cases take three years to reach trial.\n\n"
            + "\"Justice delayed on this scale is justice denied,\" the Court said in its annual report.";

    private static final String PRIZE = "Film body condemns slap\n\n"
            + "The Academy of Screen Arts issued a statement on the incident.\n\n"
            + "The slap shocked the 12th Academy Prizes, held in the old opera house.\n\n"
            + "The Academy said on Tuesday: \"Violence has no place at our gala.\"";

    @Test
    void aPrizeThatHoldsTheWordIsNotTheBody() {
        assertEquals("Academy of Screen Arts", with(PRIZE, "Violence has no place at our gala").speakerName());
    }

    @Test
    void theCapitalisedCourtIsTheCourtNamedBefore() {
        ExtractedStatement s = with(COURT, "Parliament cannot legislate first");
        assertEquals("Marvanian Supreme Court", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }

    @Test
    void theTribunalKeepsItsWholeName() {
        assertEquals("Tribunal of Appeal for Amateur Sport", with(TRIBUNAL, "not intended to cheat").speakerName());
    }

    @Test
    void theNearerOfTwoMinistries() {
        assertEquals("Ministry of Finance", with(MINISTRIES, "We will not sign at this price").speakerName());
    }

    @Test
    void theHouseIsNotTheWhiteHouse() {
        String name = with(HOUSE, "The bill now goes").speakerName();
        assertEquals(false, name != null && name.contains("White"), name);
    }

    @Test
    void aCourtNeverNamedStaysTheCourt() {
        assertEquals("Court", with(UNNAMED, "Justice delayed on this scale").speakerName());
    }
}
