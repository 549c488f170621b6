package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n67c. Rule reader-not-author ({@code ReadAloudAuthors}): a person reading out another's statement lends it
 * a voice, not an author. Rule reporting-outlet-not-person ({@code BodyAntecedents}): `..., Kivana reported.` names a
 * news outlet, no `he`/`she`. Rule clipped-place-not-person ({@code ClippedPlaceNames}): `Port` cut out of `Port es
 * Rana` before a title and a name is no subject a `he` continues. Invented text.
 */
class ReadAloudAndOutletRulesTest {

    private static final String LAWYER = "Harbour mayor quits\n\n"
            + "Eastmere Mayor Lidia Arkwell resigned on Friday after weeks of questions over ferry contracts, "
            + "according to a statement.\n\n"
            + "Her lawyer, Tobias Renmark, read the brief statement to reporters outside the town hall.\n\n"
            + "\"I leave this office with a heavy heart,\" Renmark said, reading from Arkwell's statement.\n\n"
            + "\"I thank every resident who trusted me,\" Renmark read.";

    @Test
    void theLawyerReadingFromTheMayorsStatementIsNotItsAuthor() {
        assertEquals("Lidia Arkwell", with(LAWYER, "I leave this office").speakerName());
    }

    @Test
    void theReaderOfADefiniteStatementNamedBeforeIsNotItsAuthor() {
        assertEquals("Lidia Arkwell", with(LAWYER, "I thank every resident").speakerName());
    }

    @Test
    void aStatementReadByASpokesmanIsTheGovernors() {
        String text = "Governor steps down\n\n"
                + "In a statement read by his spokesman Oren Calloway at a news conference on Monday, Governor "
                + "Matthias Dell announced he would leave office at the end of the month.\n\n"
                + "\"It has been the honour of my life to serve this province,\" read Calloway. \"I ask the "
                + "assembly to choose my successor quickly.\"";
        assertEquals("Matthias Dell", with(text, "It has been the honour").speakerName());
        assertEquals("Matthias Dell", with(text, "I ask the assembly").speakerName());
    }

    @Test
    void aSenatorReadingHerOwnPreparedStatementKeepsIt() {
        String text = "Senator denies lobby money\n\n"
                + "Governor Pavel Strand issued a statement on Monday calling for an inquiry.\n\n"
                + "Senator Ilse Brandauer read a prepared statement at the hearing on Tuesday.\n\n"
                + "\"I never took a cent from the shipping lobby,\" Brandauer read.";
        assertEquals("Ilse Brandauer", with(text, "I never took a cent").speakerName());
    }

    @Test
    void aLetterThatReadsKeepsItsOwnAuthor() {
        String text = "Council told to act\n\n"
                + "Councillor Mara Fenwick wrote to the harbour board on Monday.\n\n"
                + "\"The dredging cannot wait another winter,\" the letter read.";
        assertEquals("Mara Fenwick", with(text, "The dredging cannot wait").speakerName());
    }

    @Test
    void anAgencyThatReportedIsNoHe() {
        String text = "Flood toll rises\n\n"
                + "Rescuers pulled two more bodies from the mud in the delta town of Kambero on Saturday.\n\n"
                + "Vice President Jonas Mbeki-Tarn toured the flooded streets and promised help. The vice "
                + "president's visit drew crowds, especially as he stopped at a shelter for children, Kivana "
                + "reported.\n\n"
                + "\"No family will be left to face this alone,\" he said.";
        assertEquals("Jonas Mbeki-Tarn", with(text, "No family will be left").speakerName());
    }

    @Test
    void aReporterNamedInFullWhoReportedMayStillBeHe() {
        String text = "Mine inquiry widens\n\n"
                + "Correspondent Elias Varga spent a week at the mine. The owners hid the flooding for months, "
                + "Varga reported.\n\n"
                + "\"The miners told me they had been warned to stay silent,\" he said.";
        assertEquals("Elias Varga", with(text, "The miners told me").speakerName());
    }

    @Test
    void aPlaceClippedBeforeATitleIsNoHe() {
        String text = "Market fire in Port es Rana\n\n"
                + "A fire tore through the central market of Port es Rana on Saturday, witnesses said.\n\n"
                + "Crews fought the blaze for six hours. Port es Rana Regional Governor Samuel Otieku expressed "
                + "hope that the market would reopen within weeks. \"We are counting every stall that was lost,\" "
                + "he said.";
        assertEquals("Samuel Otieku", with(text, "We are counting every stall").speakerName());
    }

    @Test
    void aPersonWhoseNameEndsBeforeAnObjectKeepsHe() {
        String text = "Coach praises squad\n\n"
                + "The club lost again on Sunday.\n\n"
                + "Coach Dario Okafor met de Vries, the captain, after the game. \"We will find our form,\" he said.";
        assertEquals("Dario Okafor", with(text, "We will find our form").speakerName());
    }
}
