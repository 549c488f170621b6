package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session lead48: `clarified` and `reasoned` are verbs of saying (`"...," Dora Paulsen clarified on X` had no
 * speaker); `commented` attributes only right after a quote (`Paulsen commented on the outage` reports nothing).
 * `underscored`, `underlined` stay out: `the incident underlined the need` is no speech. Invented text.
 */
class ClarifiedCueRulesTest {

    private static final String TEXT = "Outage\n\n"
            + "\"Today was not a security incident,\" Zentra chief executive Dora Paulsen clarified on X.\n\n"
            + "\"It was a bad day for everyone,\" Paulsen commented. Paulsen commented on the outage in a later post.\n\n"
            + "The outage underlined the need for \"better testing\", analysts said.";

    @Test
    void clarifiedAttributesAQuote() {
        assertEquals("Dora Paulsen", with(TEXT, "Today was not a security incident").speakerName());
    }

    @Test
    void commentedAttributesOnlyAfterAQuote() {
        assertEquals("Dora Paulsen", with(TEXT, "It was a bad day for everyone").speakerName());
        assertTrue(all(TEXT).stream().noneMatch(s -> s.text().contains("the outage in a later post")));
    }

    @Test
    void underlinedIsNoCue() {
        assertTrue(all(TEXT).stream().noneMatch(s -> s.cue() != null && s.cue().text().equals("underlined")));
    }
}
