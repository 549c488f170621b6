package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule appositive-particle-name: a description, a comma and a name with lower-case particles
 * (`van der`, `de la`, `bin`) is the named person, as it is for a name without them. Invented text.
 */
class AppositiveParticleNameRulesTest {

    @Test
    void twoParticles() {
        String text = "Shipyard wins contract\n\n"
                + "The yard's chief executive, Joost van den Akker, said the order would keep \u201cevery welder busy"
                + " until spring.\u201d";
        assertEquals("Joost van den Akker", with(text, "every welder busy").speakerName());
    }

    @Test
    void deLa() {
        String text = "Clinic opens in the hills\n\n"
                + "The clinic's founding doctor, Rosario de la Vega, said the clinic was \u201conly the first of"
                + " twelve.\u201d";
        assertEquals("Rosario de la Vega", with(text, "only the first").speakerName());
    }

    @Test
    void bin() {
        String text = "Airline orders new jets\n\n"
                + "The airline's biggest shareholder, Tariq bin Saeed, told reporters the order was \u201ca vote of confidence"
                + " in the region.\u201d";
        assertEquals("Tariq bin Saeed", with(text, "a vote of confidence").speakerName());
    }
}
