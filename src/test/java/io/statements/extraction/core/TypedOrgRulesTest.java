package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names19: `the newspaper`, `the conservative-leaning paper`, `the network`, `the agency` are the nearest
 * organisation named before whose name says it is one of that type (`Harbour Gazette`, `KXN Network`, `Port
 * Department`); two coordinated candidates (`the Port Department and Fisheries Bureau`) leave the description.
 * Invented text.
 */
class TypedOrgRulesTest {

    private static final String TEXT = "Ferry levy draws fire\n\n"
            + "In an editorial on Sunday, the Harbour Gazette urged the council to drop the ferry levy.\n\n"
            + "\"The levy punishes the islands,\" the conservative-leaning newspaper wrote.\n\n"
            + "The council asked the Port Department to review the plan. \"We will publish our review in May,\""
            + " the agency said.\n\n"
            + "Mayor Ida Holt told KXN Network on Monday that the levy would stay. \"The mayor has not changed her"
            + " mind,\" the network reported.";

    private static final String TWO = "Ferry levy review\n\n"
            + "Officials at the Port Department and Fisheries Bureau looked at the levy.\n\n"
            + "\"The numbers do not add up,\" the agency said.";

    @Test
    void theNewspaperIsThePaperNamedBefore() {
        assertEquals("Harbour Gazette", with(TEXT, "The levy punishes the islands").speakerName());
    }

    @Test
    void theAgencyIsTheDepartmentNamedBefore() {
        assertEquals("Port Department", with(TEXT, "publish our review in May").speakerName());
    }

    @Test
    void theNetworkIsTheBroadcasterNamedBefore() {
        assertEquals("KXN Network", with(TEXT, "has not changed her mind").speakerName());
    }

    @Test
    void twoCoordinatedAgenciesLeaveTheDescription() {
        assertEquals("agency", with(TWO, "The numbers do not add up").speakerName());
    }
}
