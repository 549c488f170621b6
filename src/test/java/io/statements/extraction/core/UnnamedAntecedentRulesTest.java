package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67e, rule unnamed-speaker-antecedent ({@link UnnamedAntecedents}): `she`/`he` right after a statement by
 * one unnamed person (a kin word, a neighbour) continues that person, not the victim named further back. Near-misses:
 * a kin word of the other gender, a named person after the description, a plural description. Invented text.
 */
class UnnamedAntecedentRulesTest {

    private static final String STORY = "Singer's cousin jailed\n\n"
            + "The cousin of folk singer Marisol Quenby was jailed for life on Monday for her murder.\n\n"
            + "Quenby, who became famous for her songs about the coast, was stabbed in March 2021.\n\n";

    @Test
    void aRelativeWhoSpokeLastIsThePronoun() {
        String text = STORY + "Quenby's aunt said before the sentencing that she hoped the court would show mercy.\n\n"
                + "\"He is a good boy. She was my niece and he is my nephew,\" she said.";
        assertEquals("Quenby's aunt", with(text, "He is a good boy").speakerName());
    }

    @Test
    void anUnnamedNeighbourIsThePronoun() {
        String text = STORY + "A neighbour of the family, who asked not to be named, says she heard shouting that "
                + "night. \"I ran outside and called the police but it was already too late,\" she says.";
        assertNotEquals("Marisol Quenby", with(text, "I ran outside and called").speakerName());
    }

    @Test
    void oneOfSeveralDaughtersIsOnePerson() {
        String text = STORY + "One of her daughters told a local radio station how she \"ran to the gate for help\".\n\n"
                + "\"I screamed for the neighbours but nobody could stop him,\" she said.";
        assertEquals("daughters", with(text, "I screamed for the neighbours").speakerName());
    }

    @Test
    void anEssayistsOwnMotherNamedInTheEssayKeepsHerName() {
        String text = "Essay\n\nMy parents, Tomas and Vera Lindqvist, were both teachers in Harlow.\n\n"
                + "When my mother mentioned the election to me one evening, I laughed. She grew so angry that I took it "
                + "back. Then she said, \"At least you still listen to your mother.\"";
        assertEquals("Vera Lindqvist", with(text, "At least you still listen").speakerName());
    }

    @Test
    void aKinWordOfTheOtherGenderIsPassedOver() {
        String text = STORY + "Quenby's uncle said before the sentencing that the family wanted the maximum term.\n\n"
                + "\"I will never forgive him for what he took from us,\" she said.";
        assertEquals("Marisol Quenby", with(text, "I will never forgive him").speakerName());
    }

    @Test
    void aPersonNamedAfterTheDescriptionKeepsThePronoun() {
        String text = STORY + "Quenby's aunt said the family wanted the maximum term. Prosecutor Lena Harrow agreed "
                + "with the family.\n\n\"The sentence reflects the cruelty of the crime,\" she said.";
        assertEquals("Lena Harrow", with(text, "The sentence reflects the cruelty").speakerName());
    }
}
