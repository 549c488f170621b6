package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65e, rule verb-given-role ({@link VerbGivenRoles}): `the nominee`, `the accused`, `the suspect` is the
 * person the text gave that role by a verb (`was nominated`, `who is charged`, `had been arrested`), not the judge or
 * the officer named nearer; a title holder (`Republican nominee X`) decides first, and two people so given: nobody.
 * Invented text.
 */
class VerbGivenRoleRulesTest {

    private static final String NOMINATED = "Panel clears nominee\n\n"
            + "Judge Otto Varga threw out the complaint on Tuesday. Sina Kallio, who was nominated for the post of "
            + "ombudsman in May, welcomed the ruling.\n\n"
            + "\"I am glad this is settled,\" the nominee said.";

    private static final String CHARGED = "Clerk in court\n\n"
            + "Aron Pikk, who is charged with forgery, appeared before Magistrate Helga Rand on Monday. Prosecutor "
            + "Siim Laas opposed bail. \"He may leave the country,\" Laas said.\n\n"
            + "\"I never forged anything,\" the accused told the court.";

    private static final String ARRESTED = "Driver held\n\n"
            + "Police said Omar Tull had been arrested near the ferry port. Inspector Kai Lumi led the search. "
            + "\"He came quietly,\" Lumi said.\n\n"
            + "\"It was an accident,\" the suspect told officers.";

    private static final String TWO_CHARGED = "Two in court\n\n"
            + "Aron Pikk and Tiit Rebane appeared in court on Monday. Pikk was charged with forgery and Rebane was "
            + "charged with theft.\n\n"
            + "\"I never forged anything,\" the accused told the court.";

    private static final String TITLED = "Race heats up\n\n"
            + "Republican nominee Dana Kolk held a rally on Monday. Senator Mark Ruus, who was nominated to the bench "
            + "in 2010, spoke first.\n\n"
            + "\"We will win this state,\" the nominee said.";

    @Test
    void theNomineeIsWhoWasNominated() {
        assertEquals("Sina Kallio", with(NOMINATED, "I am glad this is settled").speakerName());
    }

    @Test
    void theAccusedIsWhoIsChargedNotTheOfficials() {
        assertEquals("Aron Pikk", with(CHARGED, "I never forged anything").speakerName());
    }

    @Test
    void theSuspectIsWhoWasArrested() {
        assertEquals("Omar Tull", with(ARRESTED, "It was an accident").speakerName());
    }

    @Test
    void twoChargedGiveNobody() {
        assertNotEquals("Aron Pikk", with(TWO_CHARGED, "I never forged anything").speakerName());
        assertNotEquals("Tiit Rebane", with(TWO_CHARGED, "I never forged anything").speakerName());
    }

    @Test
    void aTitledNomineeDecidesFirst() {
        assertEquals("Dana Kolk", with(TITLED, "We will win this state").speakerName());
    }
}
