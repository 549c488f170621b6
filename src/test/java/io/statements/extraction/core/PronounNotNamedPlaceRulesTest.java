package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n63e, rule pronoun-not-named-place ({@link PlaceMentions}, in {@link PersonAntecedents#nonPerson} and the
 * {@link PronounResolver}'s walk): a run read as a person's that ends in a gazetteer head (`Goth`, `Colony`, `Park`
 * without a first name) or stands after `in` / `near` is no antecedent for `he` / `she`; a single letter (`X`, the
 * platform) neither. Near-misses: a woman whose surname is a place word (`Grace Park`) and an organisation named after
 * a place keep their readings. Invented text.
 */
class PronounNotNamedPlaceRulesTest {

    @Test
    void aSettlementNamedJustBeforeIsNoHe() {
        String text = "Heatwave\n\nThe volunteer Omar Baig has run the charity's morgue for a decade. Its branch at "
                + "Hasan Goth has room for 90 bodies, and every shelf is taken. \"We have never seen a week like this,\" "
                + "he said.";
        assertEquals("Omar Baig", with(text, "never seen a week").speakerName());
    }

    @Test
    void gazetteerHeadsMakePlacesButNotWomenNamedAfterThem() {
        assertTrue(PlaceMentions.placeName("Marwat Colony"));
        assertTrue(PlaceMentions.placeName("Ashby Park"));
        assertTrue(PersonAntecedents.nonPerson("Kesar Goth"));
        assertTrue(PersonAntecedents.nonPerson("X"));
        assertFalse(PlaceMentions.placeName("Grace Park"));
        assertFalse(PlaceMentions.placeName("Kesar"));
        assertFalse(PersonAntecedents.nonPerson("Linda Hill"));
    }

    @Test
    void aWomanWhoseSurnameIsAPlaceWordStaysShe() {
        String text = "Council vote\n\nThe architect Grace Park met the residents on Monday. \"The budget is tight "
                + "but fair,\" she said.";
        assertEquals("Grace Park", with(text, "budget is tight").speakerName());
    }

    @Test
    void aPersonAfterInWithAFirstNameStaysHe() {
        String text = "Blackout\n\nThe council put its faith in Tom Kolbe last spring. \"I will not let them down,\" "
                + "he said.";
        assertEquals("Tom Kolbe", with(text, "let them down").speakerName());
    }
}
