package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n51g, rule body-stand-ins ({@link BodyStandIns}): `A four-member panel at the X Court` is that court; `the
 * citation said` is the prize body named before it (a committee, an academy, a foundation), not the laureate. Not a
 * panel at a body that is no court, not a citation with no prize body named. A judges' panel is the one court
 * written in lower case (`the supreme court`). Invented text.
 */
class BodyStandInRulesTest {

    private static final String COURT = "Dam builder convicted\n\n"
            + "A four-member panel at the Rennick Regional Court found the builder guilty of \"wilful disregard\" on"
            + " Monday.\n\n"
            + "A review panel at the Rennick Water Board said the dam had been \"patched, never mended\".\n";

    private static final String PRIZE = "Orchard Prize for a village nurse\n\n"
            + "The Tallow Orchard Foundation gave its yearly prize on Friday to the nurse Berit Olander.\n\n"
            + "\"She has walked every lane of the valley twice a day for thirty years,\" the citation said.\n\n"
            + "Olander said her own citation from the nurses' guild \"still hangs above the stove\".\n";

    private static final String NONE = "Lifeguard cited\n\n"
            + "A lifeguard who pulled three swimmers from the Kessel weir was cited for courage on Sunday.\n\n"
            + "\"He swam back for the third when his arms had given out,\" the citation said.\n";

    private static final String LOWER = "Marovia's top court voids tax vote\n\n"
            + "Marovia's supreme court on Monday voided the vote on the harbour tax.\n\n"
            + "The seven-judge panel ruled five to two that the count had been \"rushed past all sense\".\n\n"
            + "The panel of local traders said the ruling was \"late but welcome\".\n";

    @Test
    void aJudgesPanelIsTheCourtWrittenInLowerCase() {
        assertEquals("Supreme Court", with(LOWER, "rushed past all sense").speakerName());
    }

    @Test
    void aPanelWithNoJudgesIsNoLowerCaseCourt() {
        assertNotEquals("Supreme Court", with(LOWER, "late but welcome").speakerName());
    }

    @Test
    void aPanelAtANamedCourtIsTheCourt() {
        assertEquals("Rennick Regional Court", with(COURT, "wilful disregard").speakerName());
    }

    @Test
    void aPanelAtABodyThatIsNoCourtIsNotACourt() {
        assertNotEquals("Rennick Regional Court", with(COURT, "patched, never mended").speakerName());
    }

    @Test
    void theCitationIsThePrizeBody() {
        assertEquals("Tallow Orchard Foundation", with(PRIZE, "walked every lane").speakerName());
    }

    @Test
    void aCitationWithNoPrizeBodyNamedStaysADescription() {
        assertEquals("citation", with(NONE, "swam back for the third").speakerName());
    }
}
