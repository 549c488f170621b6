package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n54b, rule lead-description-cataphora ({@link LeadCataphora}): an office or epithet speaking in a story's
 * lead is the person the next paragraph names and has speak, when a title ties the two or that person is the one the
 * story names most. Not after a named person spoke, not a later speaker named once. Invented text.
 */
class LeadCataphoraRulesTest {

    private static final String WIRE = "HARBOURTON, May 4 (Wire) - The sacked chief executive of Trelland Shipping "
            + "said on Wednesday the chairman's departure was \"only a first step\" towards cleaning up the books.\n\n"
            + "\"The board that protected him is still there,\" Dovetti told the Wire by telephone.\n\n"
            + "Trelland fired Dovetti last month. Dovetti has since handed his files to investigators.\n";

    private static final String TITLED = "Orsland leader defends army\n\n"
            + "VALMORE - Orsland's prime minister said on Monday that the raid was \"a failure of our neighbours\" "
            + "and warned of a firm answer.\n\n"
            + "Prime Minister Teodor Vasquane also said the army had his full confidence. \"Nobody will lecture us on "
            + "security,\" Vasquane said.\n";

    private static final String OTHER_SPEAKER = "HARBOURTON, May 4 (Wire) - The sacked chief executive of Trelland "
            + "Shipping said on Wednesday the chairman's departure was \"only a first step\".\n\n"
            + "\"We will study his claims,\" Trelland chairman Piet Olander told reporters.\n\n"
            + "The firm's shares rose 4 percent.\n";

    private static final String NAMED_BEFORE = "Title for Argenta\n\n"
            + "The win was the end of a long wait, according to Rafael Ostin.\n\n"
            + "\"I dreamt of this as a boy,\" said the 34-year-old veteran striker.\n\n"
            + "Argenta coach Tomas Belmonte said the team would celebrate at home. \"He deserves it,\" Belmonte said.\n"
            + "Belmonte has led the team since 2019. Belmonte thanked the fans.\n";

    @Test
    void aLeadOfficeIsThePersonTheNextParagraphHasSpeak() {
        assertEquals("Dovetti", with(WIRE, "only a first step").speakerName());
    }

    @Test
    void aLeadTitleIsTheHolderTheNextParagraphNames() {
        assertEquals("Teodor Vasquane", with(TITLED, "a failure of our neighbours").speakerName());
    }

    @Test
    void aLaterSpeakerNamedOnceIsSomeoneElse() {
        assertNotEquals("Piet Olander", with(OTHER_SPEAKER, "only a first step").speakerName());
    }

    @Test
    void anEpithetAfterANamedSpeakerIsNotTheNextSpeaker() {
        assertNotEquals("Tomas Belmonte", with(NAMED_BEFORE, "I dreamt of this as a boy").speakerName());
    }
}
