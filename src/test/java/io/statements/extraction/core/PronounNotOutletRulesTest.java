package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names23, rule pronoun-not-outlet: `he`/`she` after `X did ..., a watchdog / a news network reported` is
 * the person the sentence was about, not the outlet that spoke last (an organisation with a news word, or a run
 * ending in `Watch`). Invented text.
 */
class PronounNotOutletRulesTest {

    @Test
    void aWatchdogThatReportedIsNoHe() {
        String text = "Preacher attacks the lottery\n\n"
                + "Amos Whitcombe, who leads the Riverside Chapel, attacked the state lottery on Sunday on his radio"
                + " show, \"Hour of Amos Whitcombe,\" Pulpit Watch first reported.\n\n"
                + "He then said that lottery sellers should be \"cast into the outer darkness.\"";
        assertEquals("Amos Whitcombe", with(text, "outer darkness").speakerName());
    }

    @Test
    void aNetworkThatReportedIsNoShe() {
        String text = "Mayor defends the levy\n\n"
                + "Mayor Ida Marsh defended the harbour levy at a town hall on Tuesday, the Coastal News Network"
                + " reported.\n\n"
                + "She said the docks \"cannot pay for themselves.\"";
        assertEquals("Ida Marsh", with(text, "cannot pay").speakerName());
    }

    /** Session n69c: an outlet of several words that reported is no `he` either. */
    @Test
    void anOutletOfTwoWordsThatReportedIsNoHe() {
        String text = "Rowers return home\n\n"
                + "The national rowing team landed in Karsby on Monday evening after a long delay.\n\n"
                + "Harbour Daily reported that the crew had waited nine hours for a connecting flight.\n\n"
                + "Upon landing in Karsby on Monday, March 3, 2025, the team's captain Anders Volk took to social media"
                + " to thank the supporters.\n\n"
                + "\"Home at last, tired but proud,\" he posted on his account.";
        assertEquals("Anders Volk", with(text, "tired but proud").speakerName());
    }

    /** Session n69c: a reporter named with a known first name who reported stays a person. */
    @Test
    void aReporterWithAFirstNameWhoReportedIsStillShe() {
        String text = "Council row\n\n"
                + "Ida Marsh reported that the council had met behind closed doors on Monday.\n\n"
                + "\"Nobody would tell me who had been invited,\" she said.";
        assertEquals("Ida Marsh", with(text, "who had been invited").speakerName());
    }
}
