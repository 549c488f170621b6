package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names32, rules double-particle and particle-surname: `Pieter van der Molen` is one name, and `De Wilde` or
 * `Van der Molen` opening a later sentence is the person named in full before.
 */
class DoubleParticleRulesTest {

    @Test
    void twoParticlesStayInsideTheName() {
        String text = "Harbour master Pieter van der Molen said the dock was \"closed until spring.\"";
        assertEquals("Pieter van der Molen", with(text, "closed until spring.").speakerName());
    }

    @Test
    void aCapitalisedParticleSurnameIsThePersonNamedBefore() {
        String text = """
                Dock dispute

                Transport Minister Femke de Wilde said the dock would reopen "in due course."

                "We respect the harbour board," De Wilde told reporters.
                """;
        assertEquals("Femke de Wilde", with(text, "We respect the harbour board,").speakerName());
    }
}
