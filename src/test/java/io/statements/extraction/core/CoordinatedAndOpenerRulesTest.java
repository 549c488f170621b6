package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction6: a verb of saying coordinated with an earlier one after a long opener, participles after a
 * main clause opened by connectives, and openers ending in a state named in full or a time phrase. Invented text.
 */
class CoordinatedAndOpenerRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "In a long, candid interview with the reporter Maja Lind last year, Vance said he welcomed the inquiry "
            + "into the accounts and added, \"I have nothing to hide from anyone.\"\n\n"
            + "Once, when her brother mentioned the tunnel at dinner, Ida Berg laughed and said, \"That tunnel will "
            + "never be built.\"\n\n"
            + "And then Hale went straight on the offensive, saying, \"Is the mayor ever going to admit that the port is "
            + "broke?\"\n\n"
            + "Yet Nora Falk did not limit her attacks to the port budget, also calling on the council to reject "
            + "\"every single new tunnel plan.\"\n\n"
            + "Speaking at a dockside forum in Kestrel, Oregon, Hale went after Vance, calling him \"a total "
            + "disaster.\"\n\n"
            + "At a fish fry in Corvin, Iowa, on Sunday, Mrs. Holt tried to explain her earlier remarks, saying "
            + "that the port should play \"a leading role.\"";

    @Test
    void aCoordinatedVerbOfSayingSharesTheSubjectOfTheEarlierOne() {
        assertEquals("Vance", with(TEXT, "nothing to hide").speakerMention().text());
    }

    @Test
    void anEarlierVerbInsideASubordinateClauseIsNotThePartner() {
        assertEquals("Ida Berg", with(TEXT, "That tunnel will never be built").speakerName());
    }

    @Test
    void connectivesOpeningTheMainClauseAreSkipped() {
        assertEquals("Hale", with(TEXT, "Is the mayor ever going").speakerName());
        assertEquals("Nora Falk", with(TEXT, "every single new tunnel plan").speakerName());
    }

    @Test
    void aStateNamedInFullEndsTheOpener() {
        assertEquals("Hale", with(TEXT, "a total disaster").speakerName());
    }

    @Test
    void aTimePhraseAfterThePlaceEndsTheOpener() {
        assertEquals("Holt", with(TEXT, "a leading role").speakerName());
    }
}
