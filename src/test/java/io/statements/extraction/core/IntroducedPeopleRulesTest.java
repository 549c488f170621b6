package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead48. Rule age-description-new-person: `the 31-year-old said` right after a sentence that introduces a
 * new person as its subject is that person, not the one quoted before (no age is given anywhere). Rule
 * demonym-country-person: `The Spaniard said` is the one person introduced as `Spain's X` / `Spanish X` / `X of
 * Spain`. A capitalised compound in -ing (`Oscar-winning director X`) opens a subject, no introductory phrase.
 * Invented text.
 */
class IntroducedPeopleRulesTest {

    private static final String CUP = "Coach defends rotation\n\n"
            + "Roverton coach Aurelio Banti defended his decision to rest five players after the cup exit.\n\n"
            + "\"I would make the same choice tomorrow,\" Banti told a news conference.\n\n"
            + "Dunmere captain Kofi Asante, who scored the winner, was less diplomatic. \"They underestimated us and "
            + "they paid for it,\" the 31-year-old said.\n\n"
            + "\"We will learn from this,\" the 47-year-old said.";

    private static final String FINAL = "Okonkwo reaches final\n\n"
            + "Chidi Okonkwo beat Lars Brenner in three sets on Saturday to reach his first final.\n\n"
            + "\"I cannot believe it,\" Okonkwo said.\n\n"
            + "Okonkwo will face Spain's Pablo Ruiz in Sunday's final. The Spaniard said he expected \"a very "
            + "physical match\".";

    private static final String FESTIVAL = "Festival opens\n\n"
            + "\"We are against theft, not technology,\" actress Clara Weiss told the crowd.\n\n"
            + "Oscar-winning director Tomas Heller, whose film opens the festival, joined the protest. The "
            + "67-year-old told reporters: \"Without actors there is no cinema.\"";

    @Test
    void anAgeAfterANewPersonIsThatPerson() {
        assertEquals("Kofi Asante", with(CUP, "They underestimated us").speakerName());
    }

    @Test
    void anAgeAfterAQuoteWithNoNewPersonStaysWithTheSpeaker() {
        assertEquals("Kofi Asante", with(CUP, "We will learn from this").speakerName());
    }

    @Test
    void aDemonymIsThePersonOfThatCountry() {
        assertEquals("Pablo Ruiz", with(FINAL, "a very physical match").speakerName());
    }

    @Test
    void aCapitalisedCompoundInIngOpensTheSubject() {
        assertEquals("Tomas Heller", with(FESTIVAL, "Without actors there is no cinema").speakerName());
    }
}
