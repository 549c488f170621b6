package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule more-name-particles: the Filipino, Malay and Arabic particles `dela`, `delos`, `bint`,
 * `binti` stay inside a name (the name was its last word). Invented text.
 */
class NameParticleVariantRulesTest {

    @Test
    void dela() {
        String text = "Bridge repairs delayed\n\n"
                + "Mayor Ernesto dela Rosa said the repairs would take \u201canother six months at least.\u201d";
        assertEquals("Ernesto dela Rosa", with(text, "another six months").speakerName());
    }

    @Test
    void binti() {
        String text = "Rubber prices slump\n\n"
                + "Aminah binti Yusof, who taps rubber near the coast, said prices had \u201cnever been this low.\u201d";
        assertEquals("Aminah binti Yusof", with(text, "never been this low").speakerName());
    }
}
