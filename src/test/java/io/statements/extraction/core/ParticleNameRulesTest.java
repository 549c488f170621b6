package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a lower-case particle inside a name after a title (`Transport Minister Karin de Wit`, `Mayor Jan van
 * Dijk`) keeps the name apart from the title: the speaker was `Transport Minister Karin de Wit`. Invented text.
 */
class ParticleNameRulesTest {

    private static final String TEXT = "Port talks collapse\n\n"
            + "Talks to end the strike collapsed on Tuesday, with Transport Minister Karin de Wit accusing the union of"
            + " \"walking away from a fair offer.\"\n\n"
            + "\"We put everything on the table,\" de Wit told reporters.";

    @Test
    void theTitleIsNoPartOfTheName() {
        assertEquals("Karin de Wit", with(TEXT, "walking away").speakerName());
        assertEquals("Karin de Wit", with(TEXT, "everything on the table").speakerName());
    }
}
