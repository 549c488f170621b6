package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63c, rule owned-body-appositive ({@link TitleAppositives}): `Mr Dalton's party, the Green Renewal Movement
 * (GRM), said` and `His party, the Green Renewal Movement, said` are the body named in apposition, also when its name
 * has no organisation word; a person in apposition stays a person. Invented text.
 */
class OwnedBodyAppositiveRulesTest {

    @Test
    void aPossessedPartyNamedInAppositionIsTheParty() {
        String text = "Search goes on\n\n"
                + "Rescuers searched the hills above Varrow for a second day on Tuesday.\n\n"
                + "However, Mr Dalton's party, the Green Renewal Movement (GRM), said it was \"deeply let down\" by the search.";
        assertEquals("Green Renewal Movement", with(text, "deeply let down").speakerName());
    }

    @Test
    void aPronounsPartyNamedInAppositionIsTheParty() {
        String text = "Search goes on\n\n"
                + "Rescuers searched the hills above Varrow for a second day on Tuesday.\n\n"
                + "His party, the Green Renewal Movement, said it was \"deeply let down\" by the search.";
        assertEquals("Green Renewal Movement", with(text, "deeply let down").speakerName());
    }

    @Test
    void aDescribedPartyWithTheBeforeItsNameIsTheParty() {
        String text = "Search goes on\n\n"
                + "Rescuers searched the hills above Varrow for a second day on Tuesday.\n\n"
                + "The main opposition party, the Green Renewal Movement, said it was \"deeply let down\" by the search.";
        assertEquals("Green Renewal Movement", with(text, "deeply let down").speakerName());
    }

    @Test
    void aPersonInAppositionStaysThePerson() {
        String text = "Search goes on\n\n"
                + "Rescuers searched the hills above Varrow for a second day on Tuesday.\n\n"
                + "His spokesman, Ivo Renner, said the family was \"deeply let down\" by the search.";
        assertEquals("Ivo Renner", with(text, "deeply let down").speakerName());
    }
}
