package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63c, rule people-word-no-body ({@link NearbyOrganisations#nobodysWord}): a sentence-opening word for people
 * (`Ministers were angry.`, `Officials`) is no organisation that `the company` could stand for; a one-word body the
 * text names as a subject still is. Invented text.
 */
class PeopleWordNoBodyRulesTest {

    @Test
    void ministersAreNotTheCompany() {
        String text = "Licence pulled\n\n"
                + "Drennan Quarrying lost its licence in the Ostrey hills on Monday. Ministers were furious about the dust. "
                + "\"We will fight this in court,\" the company said.";
        assertNotEquals("Ministers", with(text, "We will fight this in court").speakerName());
    }

    @Test
    void officialsDoNotHideTheGroupNamedBefore() {
        String text = "Camp cleared\n\n"
                + "The Riverkeepers Alliance set up a camp by the weir last week. Officials cleared it on Monday. "
                + "\"We will be back,\" the group said.";
        assertEquals("Riverkeepers Alliance", with(text, "We will be back").speakerName());
    }

    @Test
    void aOneWordBodyThatSpokeIsStillTheCompany() {
        String text = "Licence pulled\n\n"
                + "Drennix said on Monday it had lost its licence in the Ostrey hills.\n\n"
                + "\"We will fight this in court,\" the company said.";
        assertEquals("Drennix", with(text, "We will fight this in court").speakerName());
    }
}
