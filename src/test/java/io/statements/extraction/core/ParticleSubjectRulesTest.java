package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule particle-subject: a sentence opening with a name that holds lower-case particles (`De la
 * Vega rejected that.`) has that person for its subject, so the next sentence's `she` finds her over the man quoted
 * before. Invented text.
 */
class ParticleSubjectRulesTest {

    @Test
    void sheIsThePersonTheSentenceBeforeIsAbout() {
        String text = "Water tariff to rise\n\n"
                + "MANILA - Utilities commissioner Rosario de la Vega announced the new tariff on Monday.\n\n"
                + "Councillor Teodoro Bautista said the rise was \u201cfar too steep for poor families.\u201d\n\n"
                + "De la Vega rejected that. \u201cThe old tariff was frozen for far too long,\u201d she said.";
        assertEquals("Rosario de la Vega", with(text, "frozen for far too long").speakerName());
    }
}
