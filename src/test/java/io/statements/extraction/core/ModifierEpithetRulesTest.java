package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63d, rule modifier-epithet ({@link ModifierEpithets}): `Veteran forward Kai Lund` ... `the veteran said`
 * and `Egyptian striker Omar Fathy` ... `said the Egyptian` are the person the word was given to before the title and
 * the name, not the person the passage was last about. Not when two people were given the word, not when the word
 * stood before a verb rather than a title (`the council ruled that Ida Berg`), not a body's acronym (`the HBA` of `HBA
 * Chairman X`). Invented text.
 */
class ModifierEpithetRulesTest {

    private static final String VETERAN = "Lund signs for Orbit\n\n"
            + "Veteran forward Kai Lund, 34, signed a one-year deal with Orbit FC on Monday. The club's director, Max"
            + " Ebert, called it a fair price.\n\n"
            + "\"I still have goals in my legs,\" the veteran said.";

    private static final String DEMONYM = "Fathy settles in\n\n"
            + "Egyptian striker Omar Fathy joined the club in June. His teammate, Carl Jensen, scored first on Sunday.\n\n"
            + "\"I feel at home here now,\" the Egyptian said after the match.";

    private static final String TWO_GIVEN = "Derby day\n\n"
            + "Egyptian striker Omar Fathy and Egyptian winger Samir Adel both started on Sunday. Carl Jensen scored.\n\n"
            + "\"We fought for every ball,\" the Egyptian said after the match.";

    private static final String VERB_BETWEEN = "Grant withdrawn\n\n"
            + "The ombudsman ruled that Ida Berg had broken the rules. Berg denied it on Monday.\n\n"
            + "\"The decision stands and it is final,\" the ombudsman said.";

    private static final String BODY = "Regulator hacked\n\n"
            + "The breach was hidden to protect HBA Chairman Piet Vos, the inquiry found.\n\n"
            + "The HBA, which keeps the banks' records, said the breach \"was contained within hours\".";

    @Test
    void aCapitalisedWordBeforeATitleIsTheBodyNotThePerson() {
        assertNotEquals("Piet Vos", with(BODY, "was contained within hours").speakerName());
    }

    @Test
    void theWordBeforeTheTitleAndNameIsThatPerson() {
        assertEquals("Kai Lund", with(VETERAN, "I still have goals").speakerName());
    }

    @Test
    void aNationalityBeforeTheTitleIsThatPersonNotTheLastNamed() {
        assertEquals("Omar Fathy", with(DEMONYM, "I feel at home").speakerName());
    }

    @Test
    void twoPeopleGivenTheWordSayNobody() {
        String got = with(TWO_GIVEN, "We fought for every ball").speakerName();
        assertNotEquals("Omar Fathy", got);
        assertNotEquals("Samir Adel", got);
    }

    @Test
    void aWordBeforeAVerbIsNoModifierOfTheName() {
        assertNotEquals("Ida Berg", with(VERB_BETWEEN, "The decision stands").speakerName());
    }
}
